import { graphql } from '../gql';

export const PossibleDuplicatesQuery = graphql(`
  query PossibleDuplicates($input: DuplicateCheckInput!) {
    possibleDuplicates(input: $input) {
      score
      reasons
      customer {
        id
        kind
        name
        nameEn
        status
        birthday
        idNumberMasked
        phones {
          number
          display
        }
        performance {
          visits
          lastVisit
        }
      }
    }
  }
`);

export const RegisterGuestMutation = graphql(`
  mutation RegisterGuest($input: RegisterGuestInput!) {
    registerGuest(input: $input) {
      created
      customer {
        id
        name
        nameEn
      }
      stay {
        id
        arrival
        departure
        roomNights
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
