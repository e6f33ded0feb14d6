import { graphql } from '../gql';

export const SignInMutation = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      token
      user {
        id
        username
        displayName
        role
        extension
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      id
      username
      displayName
      role
      extension
    }
  }
`);
