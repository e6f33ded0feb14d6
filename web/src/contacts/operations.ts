import { graphql } from '../gql';

export const ContactRowFragment = graphql(`
  fragment ContactRow on Contact {
    id
    name
    title
    email
    birthday
    isPrimary
    notes
    version
    phones {
      number
      display
      label
    }
  }
`);

export const CustomerContactsQuery = graphql(`
  query CustomerContacts($id: ID!) {
    customer(id: $id) {
      id
      contacts {
        ...ContactRow
      }
    }
  }
`);

export const CreateContactMutation = graphql(`
  mutation CreateContact($input: CreateContactInput!) {
    createContact(input: $input) {
      contact {
        ...ContactRow
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateContactMutation = graphql(`
  mutation UpdateContact($input: UpdateContactInput!) {
    updateContact(input: $input) {
      contact {
        ...ContactRow
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ArchiveContactMutation = graphql(`
  mutation ArchiveContact($input: ContactIdInput!) {
    archiveContact(input: $input) {
      contact {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetPrimaryContactMutation = graphql(`
  mutation SetPrimaryContact($input: ContactIdInput!) {
    setPrimaryContact(input: $input) {
      contact {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const CareCalendarQuery = graphql(`
  query CareCalendar($withinDays: Int!) {
    careCalendar(withinDays: $withinDays) {
      date
      kind
      title
      years
      greetedThisYear
      customer {
        id
        name
      }
      contact {
        id
        name
        phones {
          display
        }
      }
    }
  }
`);

export const LogGreetingMutation = graphql(`
  mutation LogGreeting($input: LogInteractionInput!) {
    logInteraction(input: $input) {
      errors {
        ...UserErrorFields
      }
    }
  }
`);
