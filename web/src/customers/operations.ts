import { graphql } from '../gql';

export const CustomerSummaryFields = graphql(`
  fragment CustomerSummary on Customer {
    id
    kind
    name
    nameEn
    namePinyin
    status
    phones {
      number
      display
      label
    }
  }
`);

export const CallerLookupQuery = graphql(`
  query CallerLookup($phone: String!) {
    callerLookup(phone: $phone) {
      normalizedPhone
      matches {
        ...CustomerSummary
      }
    }
  }
`);

export const SearchCustomersQuery = graphql(`
  query SearchCustomers($search: String, $first: Int, $after: String) {
    customers(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CustomerSummary
        }
      }
    }
  }
`);

export const CustomerCardFields = graphql(`
  fragment CustomerCard on Customer {
    id
    kind
    name
    nameEn
    namePinyin
    status
    statusReason
    mergedIntoId
    nature
    industry
    channel
    region
    nationality
    email
    fax
    postcode
    address
    homepage
    frontDeskAccount
    paymentMethod
    employer
    residence
    gender
    birthday
    idDocumentType
    idNumberMasked
    businessScope
    personInCharge
    annualRoomVolume
    contactFrequency
    tags
    notes
    version
    createdAt
    updatedAt
    phones {
      number
      display
      label
    }
    preferences {
      id
      category
      value
      note
    }
    keyDates {
      id
      kind
      date
      note
    }
    recentStays(first: 10) {
      id
      property
      arrival
      departure
      roomNights
      roomType
      nightlyRate
      roomRevenue
      status
      channel
      purpose
    }
    performance {
      roomNights
      adr
      roomRevenue
      otherRevenue
      totalRevenue
      visits
      lastVisit
      valueClass
    }
    owner {
      id
      username
      displayName
      role
    }
  }
`);

export const CustomerCardQuery = graphql(`
  query CustomerCardPage($id: ID!) {
    customer(id: $id) {
      ...CustomerCard
    }
  }
`);

export const UpdateCustomerMutation = graphql(`
  mutation UpdateCustomer($input: UpdateCustomerInput!) {
    updateCustomer(input: $input) {
      customer {
        ...CustomerCard
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RevealIdNumberMutation = graphql(`
  mutation RevealIdNumber($input: RevealIdNumberInput!) {
    revealIdNumber(input: $input) {
      idNumber
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const AddPreferenceMutation = graphql(`
  mutation AddPreference($input: AddPreferenceInput!) {
    addPreference(input: $input) {
      preference {
        id
      }
      customer {
        ...CustomerCard
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemovePreferenceMutation = graphql(`
  mutation RemovePreference($input: RemovePreferenceInput!) {
    removePreference(input: $input) {
      customer {
        ...CustomerCard
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const AddKeyDateMutation = graphql(`
  mutation AddKeyDate($input: AddKeyDateInput!) {
    addKeyDate(input: $input) {
      keyDate {
        id
      }
      customer {
        ...CustomerCard
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveKeyDateMutation = graphql(`
  mutation RemoveKeyDate($input: RemoveKeyDateInput!) {
    removeKeyDate(input: $input) {
      customer {
        ...CustomerCard
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** The quick form for a caller the archive does not know yet. */
export const CreateCustomerMutation = graphql(`
  mutation CreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      customer {
        ...CustomerSummary
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
