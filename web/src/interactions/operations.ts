import { graphql } from '../gql';

export const InteractionFields = graphql(`
  fragment InteractionItem on Interaction {
    id
    kind
    purpose
    summary
    occurredAt
    durationSeconds
    outcome
    callId
    extension
    phone
    followUpOn
    followUpDoneAt
    wrappedUpAt
    agent {
      id
      displayName
    }
  }
`);

/** The side column's lists carry the customer too (name and id for the link). */
export const InteractionWithCustomerFields = graphql(`
  fragment InteractionWithCustomer on Interaction {
    ...InteractionItem
    customer {
      id
      name
      status
    }
  }
`);

/**
 * The screen pop. Only the caller's summary rides on the push: the full card is
 * fetched over HTTP right after, so it is never older than the moment it shows.
 */
export const IncomingCallsSubscription = graphql(`
  subscription IncomingCalls($extension: String!) {
    incomingCalls(extension: $extension) {
      callId
      extension
      phone
      receivedAt
      at
      lookup {
        normalizedPhone
        matches {
          ...CustomerSummary
        }
        matchedContacts {
          id
          name
          title
          customer {
            id
          }
        }
      }
    }
  }
`);

export const BindExtensionMutation = graphql(`
  mutation BindExtension($input: BindExtensionInput!) {
    bindExtension(input: $input) {
      extension
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UnbindExtensionMutation = graphql(`
  mutation UnbindExtension {
    unbindExtension {
      extension
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const InteractionsQuery = graphql(`
  query CustomerInteractions($customerId: ID!, $first: Int, $after: String) {
    interactions(customerId: $customerId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...InteractionItem
        }
      }
    }
  }
`);

export const ConsoleSideQuery = graphql(`
  query ConsoleSide($followUps: Int, $calls: Int) {
    dueFollowUps(first: $followUps) {
      ...InteractionWithCustomer
    }
    recentCalls(first: $calls) {
      ...InteractionWithCustomer
    }
  }
`);

export const CompleteFollowUpMutation = graphql(`
  mutation CompleteFollowUp($input: CompleteFollowUpInput!) {
    completeFollowUp(input: $input) {
      interaction {
        ...InteractionItem
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const WrapUpCallMutation = graphql(`
  mutation WrapUpCall($input: WrapUpCallInput!) {
    wrapUpCall(input: $input) {
      interaction {
        ...InteractionItem
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const LogInteractionMutation = graphql(`
  mutation LogInteraction($input: LogInteractionInput!) {
    logInteraction(input: $input) {
      interaction {
        ...InteractionItem
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
