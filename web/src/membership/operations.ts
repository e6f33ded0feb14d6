import { graphql } from '../gql';

export const MembershipCardFieldsFragment = graphql(`
  fragment MembershipCardFields on MembershipCard {
    id
    cardNumber
    displayNumber
    tier
    status
    issuedAt
    validUntil
    pointsBalance
    storedValueBalance
    shareWithPartners
    version
    customer {
      id
      name
    }
  }
`);

export const LedgerEntryFieldsFragment = graphql(`
  fragment LedgerEntryFields on LedgerEntry {
    id
    account
    kind
    amount
    balanceAfter
    reference
    note
    at
    actor {
      id
      displayName
    }
  }
`);

export const CustomerMembershipQuery = graphql(`
  query CustomerMembership($id: ID!) {
    customer(id: $id) {
      id
      membership {
        ...MembershipCardFields
      }
    }
  }
`);

export const MembershipLedgerQuery = graphql(`
  query MembershipLedger($cardNumber: String!, $first: Int, $after: String) {
    membershipCard(cardNumber: $cardNumber) {
      id
      ledger(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...LedgerEntryFields
          }
        }
      }
    }
  }
`);

export const MembershipCardLookupQuery = graphql(`
  query MembershipCardLookup($cardNumber: String!) {
    membershipCard(cardNumber: $cardNumber) {
      ...MembershipCardFields
    }
  }
`);

export const MemberBirthdaysQuery = graphql(`
  query MemberBirthdays($withinDays: Int!) {
    memberBirthdays(withinDays: $withinDays) {
      on
      age
      customer {
        id
        name
      }
      card {
        ...MembershipCardFields
      }
    }
  }
`);

export const IssueMembershipCardMutation = graphql(`
  mutation IssueMembershipCard($input: IssueMembershipCardInput!) {
    issueMembershipCard(input: $input) {
      card {
        ...MembershipCardFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RecordMemberSpendMutation = graphql(`
  mutation RecordMemberSpend($input: RecordMemberSpendInput!) {
    recordMemberSpend(input: $input) {
      card {
        ...MembershipCardFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RedeemPointsMutation = graphql(`
  mutation RedeemPoints($input: RedeemPointsInput!) {
    redeemPoints(input: $input) {
      card {
        ...MembershipCardFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const TopUpStoredValueMutation = graphql(`
  mutation TopUpStoredValue($input: TopUpStoredValueInput!) {
    topUpStoredValue(input: $input) {
      card {
        ...MembershipCardFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const SpendStoredValueMutation = graphql(`
  mutation SpendStoredValue($input: SpendStoredValueInput!) {
    spendStoredValue(input: $input) {
      card {
        ...MembershipCardFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReportCardLostMutation = graphql(`
  mutation ReportCardLost($input: ReportCardLostInput!) {
    reportCardLost(input: $input) {
      card {
        ...MembershipCardFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReissueCardMutation = graphql(`
  mutation ReissueCard($input: ReissueCardInput!) {
    reissueCard(input: $input) {
      card {
        ...MembershipCardFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RenewCardMutation = graphql(`
  mutation RenewCard($input: RenewCardInput!) {
    renewCard(input: $input) {
      card {
        ...MembershipCardFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetPartnerSharingMutation = graphql(`
  mutation SetPartnerSharing($input: SetPartnerSharingInput!) {
    setPartnerSharing(input: $input) {
      card {
        ...MembershipCardFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const PointsForSpendQuery = graphql(`
  query PointsForSpend($amount: Fen!) {
    pointsForSpend(amount: $amount)
  }
`);

export const TopUpBonusQuery = graphql(`
  query TopUpBonus($amount: Fen!) {
    topUpBonus(amount: $amount)
  }
`);
