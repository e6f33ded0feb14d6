// Staff accounts (ADMIN) and the handover of one user's work to another (MANAGER, ADMIN).
import { graphql } from '../gql';

export const StaffUserFieldsFragment = graphql(`
  fragment StaffUserFields on User {
    id
    username
    displayName
    role
    department
    status
    deactivatedAt
    supervisor {
      id
      displayName
    }
  }
`);

export const StaffUsersQuery = graphql(`
  query StaffUsers($first: Int, $after: String, $role: Role, $status: UserStatus, $search: String) {
    users(first: $first, after: $after, role: $role, status: $status, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...StaffUserFields
        }
      }
    }
  }
`);

export const OwnedByQuery = graphql(`
  query OwnedBy($userId: ID!) {
    ownedBy(userId: $userId) {
      customers
      contracts
      prospects
      followUpTasks
      complaints
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        ...StaffUserFields
      }
      password
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        ...StaffUserFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      user {
        ...StaffUserFields
      }
      password
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($input: DeactivateUserInput!) {
    deactivateUser(input: $input) {
      user {
        ...StaffUserFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($input: ReactivateUserInput!) {
    reactivateUser(input: $input) {
      user {
        ...StaffUserFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const TransferCustomersMutation = graphql(`
  mutation TransferCustomers($input: TransferCustomersInput!) {
    transferCustomers(input: $input) {
      transferred
      moved {
        customers
        contracts
        prospects
        followUpTasks
        complaints
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
