import { graphql } from '../gql';

export const ContractRowFragment = graphql(`
  fragment ContractRow on Contract {
    id
    number
    kind
    status
    startDate
    endDate
    discountPercent
    creditLimit
    paymentTerms
    notes
    terminatedReason
    version
    rates {
      roomType
      rate
    }
    customer {
      id
      name
    }
    renews {
      id
      number
    }
  }
`);

export const ContractsQuery = graphql(`
  query Contracts($first: Int, $after: String, $status: [ContractStatus!], $customerId: ID, $search: String) {
    contracts(first: $first, after: $after, status: $status, customerId: $customerId, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ContractRow
        }
      }
    }
  }
`);

export const ExpiringContractsQuery = graphql(`
  query ExpiringContracts($withinDays: Int!) {
    expiringContracts(withinDays: $withinDays) {
      ...ContractRow
    }
  }
`);

export const CustomerContractsQuery = graphql(`
  query CustomerContracts($id: ID!) {
    customer(id: $id) {
      id
      contracts {
        ...ContractRow
      }
    }
  }
`);

export const ContractQuery = graphql(`
  query Contract($id: ID!) {
    contract(id: $id) {
      ...ContractRow
    }
  }
`);

export const CreateContractMutation = graphql(`
  mutation CreateContract($input: CreateContractInput!) {
    createContract(input: $input) {
      contract {
        ...ContractRow
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateContractMutation = graphql(`
  mutation UpdateContract($input: UpdateContractInput!) {
    updateContract(input: $input) {
      contract {
        ...ContractRow
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ActivateContractMutation = graphql(`
  mutation ActivateContract($input: ContractMoveInput!) {
    activateContract(input: $input) {
      contract {
        ...ContractRow
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const TerminateContractMutation = graphql(`
  mutation TerminateContract($input: TerminateContractInput!) {
    terminateContract(input: $input) {
      contract {
        ...ContractRow
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RenewContractMutation = graphql(`
  mutation RenewContract($input: RenewContractInput!) {
    renewContract(input: $input) {
      contract {
        ...ContractRow
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const NegotiatedRatesQuery = graphql(`
  query NegotiatedRates($employer: String) {
    negotiatedRates(employer: $employer) {
      roomType
      rate
      contract {
        number
        customer {
          name
        }
      }
    }
  }
`);
