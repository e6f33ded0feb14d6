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
      }
      errors {
        field
        code
        message
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
    }
  }
`);
