// Prospects (意向客户), follow-up tasks (回访), feedback (客户反馈) and the dormant list.
import { graphql } from '../gql';

export const ProspectCardFieldsFragment = graphql(`
  fragment ProspectCardFields on Prospect {
    id
    grade
    status
    interest
    nextFollowUpOn
    overdue
    outcomeReason
    closedAt
    version
    customer {
      id
      name
    }
    owner {
      id
      displayName
    }
  }
`);

export const FollowUpTaskFieldsFragment = graphql(`
  fragment FollowUpTaskFields on FollowUpTask {
    id
    kind
    title
    dueOn
    status
    overdue
    note
    customer {
      id
      name
    }
    owner {
      id
      displayName
    }
    prospect {
      id
    }
  }
`);

export const ProspectBoardQuery = graphql(`
  query ProspectBoard {
    prospectBoard {
      grade
      count
      prospects {
        ...ProspectCardFields
      }
    }
  }
`);

export const MyFollowUpsQuery = graphql(`
  query MyFollowUps($daysAhead: Int, $team: Boolean!) {
    myFollowUps(daysAhead: $daysAhead) @skip(if: $team) {
      today
      overdue {
        ...FollowUpTaskFields
      }
      dueToday {
        ...FollowUpTaskFields
      }
      upcoming {
        ...FollowUpTaskFields
      }
    }
    teamFollowUps(daysAhead: $daysAhead) @include(if: $team) {
      today
      overdue {
        ...FollowUpTaskFields
      }
      dueToday {
        ...FollowUpTaskFields
      }
      upcoming {
        ...FollowUpTaskFields
      }
    }
  }
`);

export const CompleteFollowUpTaskMutation = graphql(`
  mutation CompleteFollowUpTask($input: CompleteFollowUpTaskInput!) {
    completeFollowUpTask(input: $input) {
      task {
        ...FollowUpTaskFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RescheduleFollowUpTaskMutation = graphql(`
  mutation RescheduleFollowUpTask($input: RescheduleFollowUpTaskInput!) {
    rescheduleFollowUpTask(input: $input) {
      task {
        ...FollowUpTaskFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ProspectQuery = graphql(`
  query Prospect($id: ID!) {
    prospect(id: $id) {
      ...ProspectCardFields
      followUps {
        id
        at
        impression
        content
        bottleneck
        plan
        nextDate
        grade
        supervisorComment
        commentedAt
        by {
          id
          displayName
        }
        supervisor {
          id
          displayName
        }
      }
    }
  }
`);

export const CreateProspectMutation = graphql(`
  mutation CreateProspect($input: CreateProspectInput!) {
    createProspect(input: $input) {
      prospect {
        ...ProspectCardFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RecordProspectFollowUpMutation = graphql(`
  mutation RecordProspectFollowUp($input: RecordProspectFollowUpInput!) {
    recordProspectFollowUp(input: $input) {
      prospect {
        ...ProspectCardFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const CommentOnFollowUpMutation = graphql(`
  mutation CommentOnFollowUp($input: CommentOnFollowUpInput!) {
    commentOnFollowUp(input: $input) {
      followUp {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const CloseProspectMutation = graphql(`
  mutation CloseProspect($input: CloseProspectInput!) {
    closeProspect(input: $input) {
      prospect {
        ...ProspectCardFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const CustomerAccountQuery = graphql(`
  query CustomerAccount($id: ID!) {
    customer(id: $id) {
      id
      name
      prospects {
        ...ProspectCardFields
      }
      followUpTasks {
        ...FollowUpTaskFields
      }
    }
  }
`);

export const FeedbackFieldsFragment = graphql(`
  fragment FeedbackFields on Feedback {
    id
    channel
    rating
    category
    text
    followUp
    followedUpAt
    receivedAt
    customer {
      id
      name
    }
    recordedBy {
      id
      displayName
    }
  }
`);

export const CustomerFeedbackQuery = graphql(`
  query CustomerFeedback($id: ID!) {
    customer(id: $id) {
      id
      feedback {
        ...FeedbackFields
      }
    }
  }
`);

export const FeedbackListQuery = graphql(`
  query FeedbackList(
    $first: Int
    $after: String
    $category: String
    $rating: Int
    $channel: String
    $from: Date
    $to: Date
    $needsFollowUp: Boolean
  ) {
    feedback(
      first: $first
      after: $after
      category: $category
      rating: $rating
      channel: $channel
      from: $from
      to: $to
      needsFollowUp: $needsFollowUp
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...FeedbackFields
        }
      }
    }
  }
`);

export const FeedbackSummaryQuery = graphql(`
  query FeedbackSummary($from: Date, $to: Date) {
    feedbackSummary(from: $from, to: $to) {
      from
      to
      total
      averageRating
      byCategory {
        key
        count
        averageRating
      }
      byMonth {
        key
        count
        averageRating
      }
    }
  }
`);

export const RecordFeedbackMutation = graphql(`
  mutation RecordFeedback($input: RecordFeedbackInput!) {
    recordFeedback(input: $input) {
      feedback {
        ...FeedbackFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const FollowUpFeedbackMutation = graphql(`
  mutation FollowUpFeedback($input: FollowUpFeedbackInput!) {
    followUpFeedback(input: $input) {
      feedback {
        ...FeedbackFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const DormantCustomersQuery = graphql(`
  query DormantCustomers($months: Int, $first: Int, $after: String) {
    dormantCustomers(months: $months, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          lastStayOn
          lastContactAt
          customer {
            id
            name
            status
          }
        }
      }
    }
  }
`);

export const VerifyDormantCustomerMutation = graphql(`
  mutation VerifyDormantCustomer($input: VerifyDormantCustomerInput!) {
    verifyDormantCustomer(input: $input) {
      task {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ChangeProspectGradeMutation = graphql(`
  mutation ChangeProspectGrade($input: ChangeProspectGradeInput!) {
    changeProspectGrade(input: $input) {
      prospect {
        ...ProspectCardFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const CreateFollowUpTaskMutation = graphql(`
  mutation CreateFollowUpTask($input: CreateFollowUpTaskInput!) {
    createFollowUpTask(input: $input) {
      task {
        ...FollowUpTaskFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const EventAttendanceFieldsFragment = graphql(`
  fragment EventAttendanceFields on EventAttendance {
    id
    purchased
    customer {
      id
      name
    }
    revisitTasks {
      id
      dueOn
      status
      owner {
        id
        displayName
      }
    }
  }
`);

export const HotelEventsQuery = graphql(`
  query HotelEvents {
    hotelEvents {
      id
      name
      heldOn
    }
  }
`);

export const HotelEventQuery = graphql(`
  query HotelEvent($id: ID!) {
    hotelEvent(id: $id) {
      id
      name
      heldOn
      attendances {
        ...EventAttendanceFields
      }
    }
  }
`);

export const CreateEventMutation = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      event {
        id
        name
        heldOn
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      attendance {
        ...EventAttendanceFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
