import { graphql } from '../gql';

export const ComplaintRowFragment = graphql(`
  fragment ComplaintRow on Complaint {
    id
    status
    severity
    category
    channel
    description
    departments
    dueAt
    overdue
    filedAt
    escalatedAt
    version
    customer {
      id
      name
    }
    assignee {
      id
      displayName
    }
  }
`);

export const ComplaintDetailFragment = graphql(`
  fragment ComplaintDetail on Complaint {
    ...ComplaintRow
    rootCause
    resolution
    compensation
    staffAtFault
    staffAtFaultWho
    satisfied
    resolvedAt
    closedAt
    reopenedAt
    allowedTransitions
    canEdit
    filedBy {
      id
      displayName
    }
    suggestedArticles(first: 10) {
      id
      title
      category
    }
    timeline {
      id
      at
      action
      fromStatus
      toStatus
      note
      actor {
        id
        displayName
      }
      changes {
        field
        before
        after
      }
    }
  }
`);

export const ComplaintsBoardQuery = graphql(`
  query ComplaintsBoard(
    $first: Int
    $after: String
    $status: ComplaintStatus
    $severity: Severity
    $category: String
    $department: String
    $assigneeId: ID
    $overdue: Boolean
  ) {
    complaints(
      first: $first
      after: $after
      status: $status
      severity: $severity
      category: $category
      department: $department
      assigneeId: $assigneeId
      overdue: $overdue
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ComplaintRow
        }
      }
    }
  }
`);

export const ComplaintAssigneesQuery = graphql(`
  query ComplaintAssignees {
    complaintAssignees {
      id
      displayName
      role
    }
  }
`);

export const ComplaintQuery = graphql(`
  query Complaint($id: ID!) {
    complaint(id: $id) {
      ...ComplaintDetail
    }
  }
`);

export const FileComplaintMutation = graphql(`
  mutation FileComplaint($input: FileComplaintInput!) {
    fileComplaint(input: $input) {
      complaint {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const MoveComplaintMutation = graphql(`
  mutation MoveComplaint($input: MoveComplaintInput!) {
    moveComplaint(input: $input) {
      complaint {
        ...ComplaintDetail
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateComplaintMutation = graphql(`
  mutation UpdateComplaint($input: UpdateComplaintInput!) {
    updateComplaint(input: $input) {
      complaint {
        ...ComplaintDetail
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const AddComplaintNoteMutation = graphql(`
  mutation AddComplaintNote($input: AddComplaintNoteInput!) {
    addComplaintNote(input: $input) {
      complaint {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ComplaintSuggestionsQuery = graphql(`
  query ComplaintSuggestions($text: String!, $first: Int) {
    articleSuggestions(text: $text, first: $first) {
      id
      title
      category
    }
  }
`);

export const CustomerOpenComplaintsQuery = graphql(`
  query CustomerOpenComplaints($id: ID!) {
    customer(id: $id) {
      id
      name
      openComplaints {
        id
        status
        severity
        category
        dueAt
        overdue
        description
      }
    }
  }
`);

export const ComplaintCustomerQuery = graphql(`
  query ComplaintCustomer($id: ID!) {
    customer(id: $id) {
      id
      name
    }
  }
`);

export const EscalatedComplaintsQuery = graphql(`
  query EscalatedComplaints {
    escalatedComplaints(first: 10) {
      ...ComplaintRow
    }
  }
`);

export const ComplaintEscalationsSubscription = graphql(`
  subscription ComplaintEscalations {
    complaintEscalations {
      ...ComplaintRow
    }
  }
`);

export const ComplaintAnalysisQuery = graphql(`
  query ComplaintAnalysis($from: Date, $to: Date) {
    complaintAnalysis(from: $from, to: $to) {
      from
      to
      total
      resolved
      averageMinutesToResolve
      onTime
      late
      onTimeRate
      byCategory {
        key
        count
      }
      byDepartment {
        key
        count
      }
      byMonth {
        key
        count
      }
      repeatComplainers {
        count
        customer {
          id
          name
        }
      }
    }
  }
`);
