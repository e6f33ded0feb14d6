// Partner API keys (ADMIN): list, create (the key is shown once), revoke, set expiry.
import { graphql } from '../gql';

export const PartnerKeyFieldsFragment = graphql(`
  fragment PartnerKeyFields on PartnerKey {
    id
    partner
    prefix
    scopes
    rateLimitPerMinute
    customRateLimit
    status
    createdAt
    expiresAt
    revokedAt
    lastUsedAt
  }
`);

export const PartnerKeysQuery = graphql(`
  query PartnerKeys($first: Int, $after: String) {
    partnerKeys(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PartnerKeyFields
        }
      }
    }
  }
`);

export const CreatePartnerKeyMutation = graphql(`
  mutation CreatePartnerKey($input: CreatePartnerKeyInput!) {
    createPartnerKey(input: $input) {
      key
      partnerKey {
        ...PartnerKeyFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RevokePartnerKeyMutation = graphql(`
  mutation RevokePartnerKey($input: RevokePartnerKeyInput!) {
    revokePartnerKey(input: $input) {
      partnerKey {
        ...PartnerKeyFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetPartnerKeyExpiryMutation = graphql(`
  mutation SetPartnerKeyExpiry($input: SetPartnerKeyExpiryInput!) {
    setPartnerKeyExpiry(input: $input) {
      partnerKey {
        ...PartnerKeyFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
