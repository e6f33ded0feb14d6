/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ProspectCardFields on Prospect {\n    id\n    grade\n    status\n    interest\n    nextFollowUpOn\n    overdue\n    outcomeReason\n    closedAt\n    version\n    customer {\n      id\n      name\n    }\n    owner {\n      id\n      displayName\n    }\n  }\n": typeof types.ProspectCardFieldsFragmentDoc,
    "\n  fragment FollowUpTaskFields on FollowUpTask {\n    id\n    kind\n    title\n    dueOn\n    status\n    overdue\n    note\n    customer {\n      id\n      name\n    }\n    owner {\n      id\n      displayName\n    }\n    prospect {\n      id\n    }\n  }\n": typeof types.FollowUpTaskFieldsFragmentDoc,
    "\n  query ProspectBoard {\n    prospectBoard {\n      grade\n      count\n      prospects {\n        ...ProspectCardFields\n      }\n    }\n  }\n": typeof types.ProspectBoardDocument,
    "\n  query MyFollowUps($daysAhead: Int, $team: Boolean!) {\n    myFollowUps(daysAhead: $daysAhead) @skip(if: $team) {\n      today\n      overdue {\n        ...FollowUpTaskFields\n      }\n      dueToday {\n        ...FollowUpTaskFields\n      }\n      upcoming {\n        ...FollowUpTaskFields\n      }\n    }\n    teamFollowUps(daysAhead: $daysAhead) @include(if: $team) {\n      today\n      overdue {\n        ...FollowUpTaskFields\n      }\n      dueToday {\n        ...FollowUpTaskFields\n      }\n      upcoming {\n        ...FollowUpTaskFields\n      }\n    }\n  }\n": typeof types.MyFollowUpsDocument,
    "\n  mutation CompleteFollowUpTask($input: CompleteFollowUpTaskInput!) {\n    completeFollowUpTask(input: $input) {\n      task {\n        ...FollowUpTaskFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CompleteFollowUpTaskDocument,
    "\n  mutation RescheduleFollowUpTask($input: RescheduleFollowUpTaskInput!) {\n    rescheduleFollowUpTask(input: $input) {\n      task {\n        ...FollowUpTaskFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RescheduleFollowUpTaskDocument,
    "\n  query Prospect($id: ID!) {\n    prospect(id: $id) {\n      ...ProspectCardFields\n      followUps {\n        id\n        at\n        impression\n        content\n        bottleneck\n        plan\n        nextDate\n        grade\n        supervisorComment\n        commentedAt\n        by {\n          id\n          displayName\n        }\n        supervisor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ProspectDocument,
    "\n  mutation CreateProspect($input: CreateProspectInput!) {\n    createProspect(input: $input) {\n      prospect {\n        ...ProspectCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateProspectDocument,
    "\n  mutation RecordProspectFollowUp($input: RecordProspectFollowUpInput!) {\n    recordProspectFollowUp(input: $input) {\n      prospect {\n        ...ProspectCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RecordProspectFollowUpDocument,
    "\n  mutation CommentOnFollowUp($input: CommentOnFollowUpInput!) {\n    commentOnFollowUp(input: $input) {\n      followUp {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CommentOnFollowUpDocument,
    "\n  mutation CloseProspect($input: CloseProspectInput!) {\n    closeProspect(input: $input) {\n      prospect {\n        ...ProspectCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CloseProspectDocument,
    "\n  query CustomerAccount($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      prospects {\n        ...ProspectCardFields\n      }\n      followUpTasks {\n        ...FollowUpTaskFields\n      }\n    }\n  }\n": typeof types.CustomerAccountDocument,
    "\n  fragment FeedbackFields on Feedback {\n    id\n    channel\n    rating\n    category\n    text\n    followUp\n    followedUpAt\n    receivedAt\n    customer {\n      id\n      name\n    }\n    recordedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.FeedbackFieldsFragmentDoc,
    "\n  query CustomerFeedback($id: ID!) {\n    customer(id: $id) {\n      id\n      feedback {\n        ...FeedbackFields\n      }\n    }\n  }\n": typeof types.CustomerFeedbackDocument,
    "\n  query FeedbackList(\n    $first: Int\n    $after: String\n    $category: String\n    $rating: Int\n    $channel: String\n    $from: Date\n    $to: Date\n    $needsFollowUp: Boolean\n  ) {\n    feedback(\n      first: $first\n      after: $after\n      category: $category\n      rating: $rating\n      channel: $channel\n      from: $from\n      to: $to\n      needsFollowUp: $needsFollowUp\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...FeedbackFields\n        }\n      }\n    }\n  }\n": typeof types.FeedbackListDocument,
    "\n  query FeedbackSummary($from: Date, $to: Date) {\n    feedbackSummary(from: $from, to: $to) {\n      from\n      to\n      total\n      averageRating\n      byCategory {\n        key\n        count\n        averageRating\n      }\n      byMonth {\n        key\n        count\n        averageRating\n      }\n    }\n  }\n": typeof types.FeedbackSummaryDocument,
    "\n  mutation RecordFeedback($input: RecordFeedbackInput!) {\n    recordFeedback(input: $input) {\n      feedback {\n        ...FeedbackFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RecordFeedbackDocument,
    "\n  mutation FollowUpFeedback($input: FollowUpFeedbackInput!) {\n    followUpFeedback(input: $input) {\n      feedback {\n        ...FeedbackFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.FollowUpFeedbackDocument,
    "\n  query DormantCustomers($months: Int, $first: Int, $after: String) {\n    dormantCustomers(months: $months, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          lastStayOn\n          lastContactAt\n          customer {\n            id\n            name\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.DormantCustomersDocument,
    "\n  mutation VerifyDormantCustomer($input: VerifyDormantCustomerInput!) {\n    verifyDormantCustomer(input: $input) {\n      task {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.VerifyDormantCustomerDocument,
    "\n  mutation ChangeProspectGrade($input: ChangeProspectGradeInput!) {\n    changeProspectGrade(input: $input) {\n      prospect {\n        ...ProspectCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ChangeProspectGradeDocument,
    "\n  mutation CreateFollowUpTask($input: CreateFollowUpTaskInput!) {\n    createFollowUpTask(input: $input) {\n      task {\n        ...FollowUpTaskFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateFollowUpTaskDocument,
    "\n  fragment EventAttendanceFields on EventAttendance {\n    id\n    purchased\n    customer {\n      id\n      name\n    }\n    revisitTasks {\n      id\n      dueOn\n      status\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.EventAttendanceFieldsFragmentDoc,
    "\n  query HotelEvents {\n    hotelEvents {\n      id\n      name\n      heldOn\n    }\n  }\n": typeof types.HotelEventsDocument,
    "\n  query HotelEvent($id: ID!) {\n    hotelEvent(id: $id) {\n      id\n      name\n      heldOn\n      attendances {\n        ...EventAttendanceFields\n      }\n    }\n  }\n": typeof types.HotelEventDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      event {\n        id\n        name\n        heldOn\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      attendance {\n        ...EventAttendanceFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  fragment UserErrorFields on UserError {\n    field\n    code\n    message\n  }\n": typeof types.UserErrorFieldsFragmentDoc,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        username\n        displayName\n        role\n        extension\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      extension\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment ComplaintRow on Complaint {\n    id\n    status\n    severity\n    category\n    channel\n    description\n    departments\n    dueAt\n    overdue\n    filedAt\n    escalatedAt\n    version\n    customer {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n  }\n": typeof types.ComplaintRowFragmentDoc,
    "\n  fragment ComplaintDetail on Complaint {\n    ...ComplaintRow\n    rootCause\n    resolution\n    compensation\n    staffAtFault\n    staffAtFaultWho\n    satisfied\n    resolvedAt\n    closedAt\n    reopenedAt\n    allowedTransitions\n    canEdit\n    filedBy {\n      id\n      displayName\n    }\n    suggestedArticles(first: 10) {\n      id\n      title\n      category\n    }\n    timeline {\n      id\n      at\n      action\n      fromStatus\n      toStatus\n      note\n      actor {\n        id\n        displayName\n      }\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": typeof types.ComplaintDetailFragmentDoc,
    "\n  query ComplaintsBoard(\n    $first: Int\n    $after: String\n    $status: ComplaintStatus\n    $severity: Severity\n    $category: String\n    $department: String\n    $assigneeId: ID\n    $overdue: Boolean\n  ) {\n    complaints(\n      first: $first\n      after: $after\n      status: $status\n      severity: $severity\n      category: $category\n      department: $department\n      assigneeId: $assigneeId\n      overdue: $overdue\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ComplaintRow\n        }\n      }\n    }\n  }\n": typeof types.ComplaintsBoardDocument,
    "\n  query ComplaintAssignees {\n    complaintAssignees {\n      id\n      displayName\n      role\n    }\n  }\n": typeof types.ComplaintAssigneesDocument,
    "\n  query Complaint($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintDetail\n    }\n  }\n": typeof types.ComplaintDocument,
    "\n  mutation FileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      complaint {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.FileComplaintDocument,
    "\n  mutation MoveComplaint($input: MoveComplaintInput!) {\n    moveComplaint(input: $input) {\n      complaint {\n        ...ComplaintDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.MoveComplaintDocument,
    "\n  mutation UpdateComplaint($input: UpdateComplaintInput!) {\n    updateComplaint(input: $input) {\n      complaint {\n        ...ComplaintDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateComplaintDocument,
    "\n  mutation AddComplaintNote($input: AddComplaintNoteInput!) {\n    addComplaintNote(input: $input) {\n      complaint {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AddComplaintNoteDocument,
    "\n  query ComplaintSuggestions($text: String!, $first: Int) {\n    articleSuggestions(text: $text, first: $first) {\n      id\n      title\n      category\n    }\n  }\n": typeof types.ComplaintSuggestionsDocument,
    "\n  query CustomerOpenComplaints($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      openComplaints {\n        id\n        status\n        severity\n        category\n        dueAt\n        overdue\n        description\n      }\n    }\n  }\n": typeof types.CustomerOpenComplaintsDocument,
    "\n  query ComplaintCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.ComplaintCustomerDocument,
    "\n  query EscalatedComplaints {\n    escalatedComplaints(first: 10) {\n      ...ComplaintRow\n    }\n  }\n": typeof types.EscalatedComplaintsDocument,
    "\n  subscription ComplaintEscalations {\n    complaintEscalations {\n      ...ComplaintRow\n    }\n  }\n": typeof types.ComplaintEscalationsDocument,
    "\n  query ComplaintAnalysis($from: Date, $to: Date) {\n    complaintAnalysis(from: $from, to: $to) {\n      from\n      to\n      total\n      resolved\n      averageMinutesToResolve\n      onTime\n      late\n      onTimeRate\n      byCategory {\n        key\n        count\n      }\n      byDepartment {\n        key\n        count\n      }\n      byMonth {\n        key\n        count\n      }\n      repeatComplainers {\n        count\n        customer {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ComplaintAnalysisDocument,
    "\n  fragment ContactRow on Contact {\n    id\n    name\n    title\n    email\n    birthday\n    isPrimary\n    notes\n    version\n    phones {\n      number\n      display\n      label\n    }\n  }\n": typeof types.ContactRowFragmentDoc,
    "\n  query CustomerContacts($id: ID!) {\n    customer(id: $id) {\n      id\n      contacts {\n        ...ContactRow\n      }\n    }\n  }\n": typeof types.CustomerContactsDocument,
    "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      contact {\n        ...ContactRow\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateContactDocument,
    "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      contact {\n        ...ContactRow\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateContactDocument,
    "\n  mutation ArchiveContact($input: ContactIdInput!) {\n    archiveContact(input: $input) {\n      contact {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ArchiveContactDocument,
    "\n  mutation SetPrimaryContact($input: ContactIdInput!) {\n    setPrimaryContact(input: $input) {\n      contact {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SetPrimaryContactDocument,
    "\n  query CareCalendar($withinDays: Int!) {\n    careCalendar(withinDays: $withinDays) {\n      date\n      kind\n      title\n      years\n      greetedThisYear\n      customer {\n        id\n        name\n      }\n      contact {\n        id\n        name\n        phones {\n          display\n        }\n      }\n    }\n  }\n": typeof types.CareCalendarDocument,
    "\n  mutation LogGreeting($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.LogGreetingDocument,
    "\n  fragment ContractRow on Contract {\n    id\n    number\n    kind\n    status\n    startDate\n    endDate\n    discountPercent\n    creditLimit\n    paymentTerms\n    notes\n    terminatedReason\n    version\n    rates {\n      roomType\n      rate\n    }\n    customer {\n      id\n      name\n    }\n    renews {\n      id\n      number\n    }\n  }\n": typeof types.ContractRowFragmentDoc,
    "\n  query Contracts($first: Int, $after: String, $status: [ContractStatus!], $customerId: ID, $search: String) {\n    contracts(first: $first, after: $after, status: $status, customerId: $customerId, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ContractRow\n        }\n      }\n    }\n  }\n": typeof types.ContractsDocument,
    "\n  query ExpiringContracts($withinDays: Int!) {\n    expiringContracts(withinDays: $withinDays) {\n      ...ContractRow\n    }\n  }\n": typeof types.ExpiringContractsDocument,
    "\n  query CustomerContracts($id: ID!) {\n    customer(id: $id) {\n      id\n      contracts {\n        ...ContractRow\n      }\n    }\n  }\n": typeof types.CustomerContractsDocument,
    "\n  query Contract($id: ID!) {\n    contract(id: $id) {\n      ...ContractRow\n    }\n  }\n": typeof types.ContractDocument,
    "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      contract {\n        ...ContractRow\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateContractDocument,
    "\n  mutation UpdateContract($input: UpdateContractInput!) {\n    updateContract(input: $input) {\n      contract {\n        ...ContractRow\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateContractDocument,
    "\n  mutation ActivateContract($input: ContractMoveInput!) {\n    activateContract(input: $input) {\n      contract {\n        ...ContractRow\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ActivateContractDocument,
    "\n  mutation TerminateContract($input: TerminateContractInput!) {\n    terminateContract(input: $input) {\n      contract {\n        ...ContractRow\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.TerminateContractDocument,
    "\n  mutation RenewContract($input: RenewContractInput!) {\n    renewContract(input: $input) {\n      contract {\n        ...ContractRow\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RenewContractDocument,
    "\n  query NegotiatedRates($employer: String) {\n    negotiatedRates(employer: $employer) {\n      roomType\n      rate\n      contract {\n        number\n        customer {\n          name\n        }\n      }\n    }\n  }\n": typeof types.NegotiatedRatesDocument,
    "\n  fragment CustomerSummary on Customer {\n    id\n    kind\n    name\n    nameEn\n    namePinyin\n    status\n    phones {\n      number\n      display\n      label\n    }\n  }\n": typeof types.CustomerSummaryFragmentDoc,
    "\n  query CallerLookup($phone: String!) {\n    callerLookup(phone: $phone) {\n      normalizedPhone\n      matches {\n        ...CustomerSummary\n      }\n    }\n  }\n": typeof types.CallerLookupDocument,
    "\n  query SearchCustomers($search: String, $first: Int, $after: String) {\n    customers(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CustomerSummary\n        }\n      }\n    }\n  }\n": typeof types.SearchCustomersDocument,
    "\n  fragment CustomerCard on Customer {\n    id\n    kind\n    name\n    nameEn\n    namePinyin\n    status\n    statusReason\n    mergedIntoId\n    nature\n    industry\n    channel\n    region\n    nationality\n    email\n    fax\n    postcode\n    address\n    homepage\n    frontDeskAccount\n    paymentMethod\n    employer\n    residence\n    gender\n    birthday\n    idDocumentType\n    idNumberMasked\n    businessScope\n    personInCharge\n    annualRoomVolume\n    contactFrequency\n    tags\n    notes\n    version\n    createdAt\n    updatedAt\n    phones {\n      number\n      display\n      label\n    }\n    preferences {\n      id\n      category\n      value\n      note\n    }\n    keyDates {\n      id\n      kind\n      date\n      note\n    }\n    recentStays(first: 10) {\n      id\n      property\n      arrival\n      departure\n      roomNights\n      roomType\n      nightlyRate\n      roomRevenue\n      status\n      channel\n      purpose\n    }\n    performance {\n      roomNights\n      adr\n      roomRevenue\n      otherRevenue\n      totalRevenue\n      visits\n      lastVisit\n      valueClass\n    }\n    owner {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": typeof types.CustomerCardFragmentDoc,
    "\n  query CustomerCardPage($id: ID!) {\n    customer(id: $id) {\n      ...CustomerCard\n    }\n  }\n": typeof types.CustomerCardPageDocument,
    "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      customer {\n        ...CustomerCard\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateCustomerDocument,
    "\n  mutation RevealIdNumber($input: RevealIdNumberInput!) {\n    revealIdNumber(input: $input) {\n      idNumber\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RevealIdNumberDocument,
    "\n  mutation AddPreference($input: AddPreferenceInput!) {\n    addPreference(input: $input) {\n      preference {\n        id\n      }\n      customer {\n        ...CustomerCard\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AddPreferenceDocument,
    "\n  mutation RemovePreference($input: RemovePreferenceInput!) {\n    removePreference(input: $input) {\n      customer {\n        ...CustomerCard\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RemovePreferenceDocument,
    "\n  mutation AddKeyDate($input: AddKeyDateInput!) {\n    addKeyDate(input: $input) {\n      keyDate {\n        id\n      }\n      customer {\n        ...CustomerCard\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AddKeyDateDocument,
    "\n  mutation RemoveKeyDate($input: RemoveKeyDateInput!) {\n    removeKeyDate(input: $input) {\n      customer {\n        ...CustomerCard\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RemoveKeyDateDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        ...CustomerSummary\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  query PossibleDuplicates($input: DuplicateCheckInput!) {\n    possibleDuplicates(input: $input) {\n      score\n      reasons\n      customer {\n        id\n        kind\n        name\n        nameEn\n        status\n        birthday\n        idNumberMasked\n        phones {\n          number\n          display\n        }\n        performance {\n          visits\n          lastVisit\n        }\n      }\n    }\n  }\n": typeof types.PossibleDuplicatesDocument,
    "\n  mutation RegisterGuest($input: RegisterGuestInput!) {\n    registerGuest(input: $input) {\n      created\n      customer {\n        id\n        name\n        nameEn\n      }\n      stay {\n        id\n        arrival\n        departure\n        roomNights\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RegisterGuestDocument,
    "\n  fragment InteractionItem on Interaction {\n    id\n    kind\n    purpose\n    summary\n    occurredAt\n    durationSeconds\n    outcome\n    callId\n    extension\n    phone\n    followUpOn\n    followUpDoneAt\n    wrappedUpAt\n    agent {\n      id\n      displayName\n    }\n  }\n": typeof types.InteractionItemFragmentDoc,
    "\n  fragment InteractionWithCustomer on Interaction {\n    ...InteractionItem\n    customer {\n      id\n      name\n      status\n    }\n  }\n": typeof types.InteractionWithCustomerFragmentDoc,
    "\n  subscription IncomingCalls($extension: String!) {\n    incomingCalls(extension: $extension) {\n      callId\n      extension\n      phone\n      receivedAt\n      at\n      lookup {\n        normalizedPhone\n        matches {\n          ...CustomerSummary\n        }\n        matchedContacts {\n          id\n          name\n          title\n          customer {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.IncomingCallsDocument,
    "\n  mutation BindExtension($input: BindExtensionInput!) {\n    bindExtension(input: $input) {\n      extension\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.BindExtensionDocument,
    "\n  mutation UnbindExtension {\n    unbindExtension {\n      extension\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UnbindExtensionDocument,
    "\n  query CustomerInteractions($customerId: ID!, $first: Int, $after: String) {\n    interactions(customerId: $customerId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InteractionItem\n        }\n      }\n    }\n  }\n": typeof types.CustomerInteractionsDocument,
    "\n  query ConsoleSide($followUps: Int, $calls: Int) {\n    dueFollowUps(first: $followUps) {\n      ...InteractionWithCustomer\n    }\n    recentCalls(first: $calls) {\n      ...InteractionWithCustomer\n    }\n  }\n": typeof types.ConsoleSideDocument,
    "\n  mutation CompleteFollowUp($input: CompleteFollowUpInput!) {\n    completeFollowUp(input: $input) {\n      interaction {\n        ...InteractionItem\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CompleteFollowUpDocument,
    "\n  mutation WrapUpCall($input: WrapUpCallInput!) {\n    wrapUpCall(input: $input) {\n      interaction {\n        ...InteractionItem\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.WrapUpCallDocument,
    "\n  mutation LogInteraction($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      interaction {\n        ...InteractionItem\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.LogInteractionDocument,
    "\n  fragment ArticleSummary on KnowledgeArticle {\n    id\n    title\n    category\n    tags\n    status\n    helpfulCount\n    updatedAt\n  }\n": typeof types.ArticleSummaryFragmentDoc,
    "\n  fragment ArticleDetail on KnowledgeArticle {\n    id\n    title\n    category\n    problem\n    steps\n    tags\n    status\n    version\n    helpfulCount\n    helpfulByMe\n    createdAt\n    updatedAt\n    publishedAt\n    sourceComplaintId\n    author {\n      id\n      displayName\n    }\n    versions(first: 50) {\n      version\n      title\n      category\n      problem\n      steps\n      tags\n      note\n      editedAt\n      editor {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ArticleDetailFragmentDoc,
    "\n  query SearchArticles($search: String!, $first: Int, $after: String, $status: ArticleStatus) {\n    knowledgeArticles(search: $search, first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ArticleSummary\n        }\n      }\n    }\n  }\n": typeof types.SearchArticlesDocument,
    "\n  query KnowledgeArticle($id: ID!) {\n    knowledgeArticle(id: $id) {\n      ...ArticleDetail\n    }\n  }\n": typeof types.KnowledgeArticleDocument,
    "\n  query ArticleFromComplaint($complaintId: ID!) {\n    articleFromComplaint(complaintId: $complaintId) {\n      title\n      category\n      problem\n      steps\n      tags\n      sourceComplaintId\n    }\n  }\n": typeof types.ArticleFromComplaintDocument,
    "\n  mutation CreateKnowledgeArticle($input: CreateKnowledgeArticleInput!) {\n    createKnowledgeArticle(input: $input) {\n      article {\n        ...ArticleDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateKnowledgeArticleDocument,
    "\n  mutation UpdateKnowledgeArticle($input: UpdateKnowledgeArticleInput!) {\n    updateKnowledgeArticle(input: $input) {\n      article {\n        ...ArticleDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateKnowledgeArticleDocument,
    "\n  mutation PublishKnowledgeArticle($id: ID!) {\n    publishKnowledgeArticle(input: { id: $id }) {\n      article {\n        ...ArticleDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.PublishKnowledgeArticleDocument,
    "\n  mutation ArchiveKnowledgeArticle($id: ID!) {\n    archiveKnowledgeArticle(input: { id: $id }) {\n      article {\n        ...ArticleDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ArchiveKnowledgeArticleDocument,
    "\n  mutation UnarchiveKnowledgeArticle($id: ID!) {\n    unarchiveKnowledgeArticle(input: { id: $id }) {\n      article {\n        ...ArticleDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UnarchiveKnowledgeArticleDocument,
    "\n  mutation MarkArticleHelpful($id: ID!) {\n    markArticleHelpful(input: { id: $id }) {\n      article {\n        ...ArticleDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.MarkArticleHelpfulDocument,
    "\n  fragment MembershipCardFields on MembershipCard {\n    id\n    cardNumber\n    displayNumber\n    tier\n    status\n    issuedAt\n    validUntil\n    pointsBalance\n    storedValueBalance\n    shareWithPartners\n    version\n    customer {\n      id\n      name\n    }\n  }\n": typeof types.MembershipCardFieldsFragmentDoc,
    "\n  fragment LedgerEntryFields on LedgerEntry {\n    id\n    account\n    kind\n    amount\n    balanceAfter\n    reference\n    note\n    at\n    actor {\n      id\n      displayName\n    }\n  }\n": typeof types.LedgerEntryFieldsFragmentDoc,
    "\n  query CustomerMembership($id: ID!) {\n    customer(id: $id) {\n      id\n      membership {\n        ...MembershipCardFields\n      }\n    }\n  }\n": typeof types.CustomerMembershipDocument,
    "\n  query MembershipLedger($cardNumber: String!, $first: Int, $after: String) {\n    membershipCard(cardNumber: $cardNumber) {\n      id\n      ledger(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...LedgerEntryFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.MembershipLedgerDocument,
    "\n  query MembershipCardLookup($cardNumber: String!) {\n    membershipCard(cardNumber: $cardNumber) {\n      ...MembershipCardFields\n    }\n  }\n": typeof types.MembershipCardLookupDocument,
    "\n  query MemberBirthdays($withinDays: Int!) {\n    memberBirthdays(withinDays: $withinDays) {\n      on\n      age\n      customer {\n        id\n        name\n      }\n      card {\n        ...MembershipCardFields\n      }\n    }\n  }\n": typeof types.MemberBirthdaysDocument,
    "\n  mutation IssueMembershipCard($input: IssueMembershipCardInput!) {\n    issueMembershipCard(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.IssueMembershipCardDocument,
    "\n  mutation RecordMemberSpend($input: RecordMemberSpendInput!) {\n    recordMemberSpend(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RecordMemberSpendDocument,
    "\n  mutation RedeemPoints($input: RedeemPointsInput!) {\n    redeemPoints(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RedeemPointsDocument,
    "\n  mutation TopUpStoredValue($input: TopUpStoredValueInput!) {\n    topUpStoredValue(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.TopUpStoredValueDocument,
    "\n  mutation SpendStoredValue($input: SpendStoredValueInput!) {\n    spendStoredValue(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SpendStoredValueDocument,
    "\n  mutation ReportCardLost($input: ReportCardLostInput!) {\n    reportCardLost(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ReportCardLostDocument,
    "\n  mutation ReissueCard($input: ReissueCardInput!) {\n    reissueCard(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ReissueCardDocument,
    "\n  mutation RenewCard($input: RenewCardInput!) {\n    renewCard(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RenewCardDocument,
    "\n  mutation SetPartnerSharing($input: SetPartnerSharingInput!) {\n    setPartnerSharing(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SetPartnerSharingDocument,
    "\n  query PointsForSpend($amount: Fen!) {\n    pointsForSpend(amount: $amount)\n  }\n": typeof types.PointsForSpendDocument,
    "\n  query TopUpBonus($amount: Fen!) {\n    topUpBonus(amount: $amount)\n  }\n": typeof types.TopUpBonusDocument,
    "\n  fragment PartnerKeyFields on PartnerKey {\n    id\n    partner\n    prefix\n    scopes\n    rateLimitPerMinute\n    customRateLimit\n    status\n    createdAt\n    expiresAt\n    revokedAt\n    lastUsedAt\n  }\n": typeof types.PartnerKeyFieldsFragmentDoc,
    "\n  query PartnerKeys($first: Int, $after: String) {\n    partnerKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PartnerKeyFields\n        }\n      }\n    }\n  }\n": typeof types.PartnerKeysDocument,
    "\n  mutation CreatePartnerKey($input: CreatePartnerKeyInput!) {\n    createPartnerKey(input: $input) {\n      key\n      partnerKey {\n        ...PartnerKeyFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreatePartnerKeyDocument,
    "\n  mutation RevokePartnerKey($input: RevokePartnerKeyInput!) {\n    revokePartnerKey(input: $input) {\n      partnerKey {\n        ...PartnerKeyFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RevokePartnerKeyDocument,
    "\n  mutation SetPartnerKeyExpiry($input: SetPartnerKeyExpiryInput!) {\n    setPartnerKeyExpiry(input: $input) {\n      partnerKey {\n        ...PartnerKeyFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SetPartnerKeyExpiryDocument,
    "\n  query SegmentReport($input: SegmentReportInput!) {\n    segmentReport(input: $input) {\n      key\n      stays\n      cancelled\n      roomNights\n      roomRevenue\n      adr\n      share\n    }\n  }\n": typeof types.SegmentReportDocument,
    "\n  query CustomerRanking($input: CustomerRankingInput!) {\n    customerRanking(input: $input) {\n      rank\n      customer {\n        id\n        name\n      }\n      roomNights\n      adr\n      roomRevenue\n      otherRevenue\n      totalRevenue\n      visits\n      lastVisit\n      valueClass\n    }\n  }\n": typeof types.CustomerRankingDocument,
    "\n  query ChurnRisks($first: Int) {\n    churnRisks(first: $first) {\n      customer {\n        id\n        name\n      }\n      reasons\n      explanation\n      previousVisits\n      recentVisits\n      previousSpend\n      recentSpend\n      lastVisit\n    }\n  }\n": typeof types.ChurnRisksDocument,
    "\n  query StaffKpis($input: StaffKpiInput!) {\n    staffKpis(input: $input) {\n      rank\n      user {\n        id\n        displayName\n        department\n      }\n      callsHandled\n      complaintsHandled\n      complaintsOnTime\n      onTimeRate\n      averageResolutionMinutes\n      followUpsDone\n      followUpsOnTime\n      recordsCollected\n      recordsEnriched\n      membersRecruited\n      satisfaction\n    }\n  }\n": typeof types.StaffKpisDocument,
    "\n  mutation ExportReport($input: ExportReportInput!) {\n    exportReport(input: $input) {\n      fileName\n      contentType\n      contentBase64\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ExportReportDocument,
    "\n  query CustomerValue($input: CustomerValueInput!) {\n    customerValueReport(input: $input) {\n      customers\n      repeaters\n      repeatRate\n      rows {\n        customer {\n          id\n          name\n        }\n        recency\n        frequency\n        monetary\n        score\n        lastVisit\n        visits\n        totalRevenue\n        profitContribution\n      }\n    }\n  }\n": typeof types.CustomerValueDocument,
    "\n  fragment StaffUserFields on User {\n    id\n    username\n    displayName\n    role\n    department\n    status\n    deactivatedAt\n    supervisor {\n      id\n      displayName\n    }\n  }\n": typeof types.StaffUserFieldsFragmentDoc,
    "\n  query StaffUsers($first: Int, $after: String, $role: Role, $status: UserStatus, $search: String) {\n    users(first: $first, after: $after, role: $role, status: $status, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...StaffUserFields\n        }\n      }\n    }\n  }\n": typeof types.StaffUsersDocument,
    "\n  query OwnedBy($userId: ID!) {\n    ownedBy(userId: $userId) {\n      customers\n      contracts\n      prospects\n      followUpTasks\n      complaints\n    }\n  }\n": typeof types.OwnedByDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...StaffUserFields\n      }\n      password\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...StaffUserFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        ...StaffUserFields\n      }\n      password\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      user {\n        ...StaffUserFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($input: ReactivateUserInput!) {\n    reactivateUser(input: $input) {\n      user {\n        ...StaffUserFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation TransferCustomers($input: TransferCustomersInput!) {\n    transferCustomers(input: $input) {\n      transferred\n      moved {\n        customers\n        contracts\n        prospects\n        followUpTasks\n        complaints\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.TransferCustomersDocument,
};
const documents: Documents = {
    "\n  fragment ProspectCardFields on Prospect {\n    id\n    grade\n    status\n    interest\n    nextFollowUpOn\n    overdue\n    outcomeReason\n    closedAt\n    version\n    customer {\n      id\n      name\n    }\n    owner {\n      id\n      displayName\n    }\n  }\n": types.ProspectCardFieldsFragmentDoc,
    "\n  fragment FollowUpTaskFields on FollowUpTask {\n    id\n    kind\n    title\n    dueOn\n    status\n    overdue\n    note\n    customer {\n      id\n      name\n    }\n    owner {\n      id\n      displayName\n    }\n    prospect {\n      id\n    }\n  }\n": types.FollowUpTaskFieldsFragmentDoc,
    "\n  query ProspectBoard {\n    prospectBoard {\n      grade\n      count\n      prospects {\n        ...ProspectCardFields\n      }\n    }\n  }\n": types.ProspectBoardDocument,
    "\n  query MyFollowUps($daysAhead: Int, $team: Boolean!) {\n    myFollowUps(daysAhead: $daysAhead) @skip(if: $team) {\n      today\n      overdue {\n        ...FollowUpTaskFields\n      }\n      dueToday {\n        ...FollowUpTaskFields\n      }\n      upcoming {\n        ...FollowUpTaskFields\n      }\n    }\n    teamFollowUps(daysAhead: $daysAhead) @include(if: $team) {\n      today\n      overdue {\n        ...FollowUpTaskFields\n      }\n      dueToday {\n        ...FollowUpTaskFields\n      }\n      upcoming {\n        ...FollowUpTaskFields\n      }\n    }\n  }\n": types.MyFollowUpsDocument,
    "\n  mutation CompleteFollowUpTask($input: CompleteFollowUpTaskInput!) {\n    completeFollowUpTask(input: $input) {\n      task {\n        ...FollowUpTaskFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CompleteFollowUpTaskDocument,
    "\n  mutation RescheduleFollowUpTask($input: RescheduleFollowUpTaskInput!) {\n    rescheduleFollowUpTask(input: $input) {\n      task {\n        ...FollowUpTaskFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RescheduleFollowUpTaskDocument,
    "\n  query Prospect($id: ID!) {\n    prospect(id: $id) {\n      ...ProspectCardFields\n      followUps {\n        id\n        at\n        impression\n        content\n        bottleneck\n        plan\n        nextDate\n        grade\n        supervisorComment\n        commentedAt\n        by {\n          id\n          displayName\n        }\n        supervisor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ProspectDocument,
    "\n  mutation CreateProspect($input: CreateProspectInput!) {\n    createProspect(input: $input) {\n      prospect {\n        ...ProspectCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateProspectDocument,
    "\n  mutation RecordProspectFollowUp($input: RecordProspectFollowUpInput!) {\n    recordProspectFollowUp(input: $input) {\n      prospect {\n        ...ProspectCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RecordProspectFollowUpDocument,
    "\n  mutation CommentOnFollowUp($input: CommentOnFollowUpInput!) {\n    commentOnFollowUp(input: $input) {\n      followUp {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CommentOnFollowUpDocument,
    "\n  mutation CloseProspect($input: CloseProspectInput!) {\n    closeProspect(input: $input) {\n      prospect {\n        ...ProspectCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CloseProspectDocument,
    "\n  query CustomerAccount($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      prospects {\n        ...ProspectCardFields\n      }\n      followUpTasks {\n        ...FollowUpTaskFields\n      }\n    }\n  }\n": types.CustomerAccountDocument,
    "\n  fragment FeedbackFields on Feedback {\n    id\n    channel\n    rating\n    category\n    text\n    followUp\n    followedUpAt\n    receivedAt\n    customer {\n      id\n      name\n    }\n    recordedBy {\n      id\n      displayName\n    }\n  }\n": types.FeedbackFieldsFragmentDoc,
    "\n  query CustomerFeedback($id: ID!) {\n    customer(id: $id) {\n      id\n      feedback {\n        ...FeedbackFields\n      }\n    }\n  }\n": types.CustomerFeedbackDocument,
    "\n  query FeedbackList(\n    $first: Int\n    $after: String\n    $category: String\n    $rating: Int\n    $channel: String\n    $from: Date\n    $to: Date\n    $needsFollowUp: Boolean\n  ) {\n    feedback(\n      first: $first\n      after: $after\n      category: $category\n      rating: $rating\n      channel: $channel\n      from: $from\n      to: $to\n      needsFollowUp: $needsFollowUp\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...FeedbackFields\n        }\n      }\n    }\n  }\n": types.FeedbackListDocument,
    "\n  query FeedbackSummary($from: Date, $to: Date) {\n    feedbackSummary(from: $from, to: $to) {\n      from\n      to\n      total\n      averageRating\n      byCategory {\n        key\n        count\n        averageRating\n      }\n      byMonth {\n        key\n        count\n        averageRating\n      }\n    }\n  }\n": types.FeedbackSummaryDocument,
    "\n  mutation RecordFeedback($input: RecordFeedbackInput!) {\n    recordFeedback(input: $input) {\n      feedback {\n        ...FeedbackFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RecordFeedbackDocument,
    "\n  mutation FollowUpFeedback($input: FollowUpFeedbackInput!) {\n    followUpFeedback(input: $input) {\n      feedback {\n        ...FeedbackFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.FollowUpFeedbackDocument,
    "\n  query DormantCustomers($months: Int, $first: Int, $after: String) {\n    dormantCustomers(months: $months, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          lastStayOn\n          lastContactAt\n          customer {\n            id\n            name\n            status\n          }\n        }\n      }\n    }\n  }\n": types.DormantCustomersDocument,
    "\n  mutation VerifyDormantCustomer($input: VerifyDormantCustomerInput!) {\n    verifyDormantCustomer(input: $input) {\n      task {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.VerifyDormantCustomerDocument,
    "\n  mutation ChangeProspectGrade($input: ChangeProspectGradeInput!) {\n    changeProspectGrade(input: $input) {\n      prospect {\n        ...ProspectCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ChangeProspectGradeDocument,
    "\n  mutation CreateFollowUpTask($input: CreateFollowUpTaskInput!) {\n    createFollowUpTask(input: $input) {\n      task {\n        ...FollowUpTaskFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateFollowUpTaskDocument,
    "\n  fragment EventAttendanceFields on EventAttendance {\n    id\n    purchased\n    customer {\n      id\n      name\n    }\n    revisitTasks {\n      id\n      dueOn\n      status\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": types.EventAttendanceFieldsFragmentDoc,
    "\n  query HotelEvents {\n    hotelEvents {\n      id\n      name\n      heldOn\n    }\n  }\n": types.HotelEventsDocument,
    "\n  query HotelEvent($id: ID!) {\n    hotelEvent(id: $id) {\n      id\n      name\n      heldOn\n      attendances {\n        ...EventAttendanceFields\n      }\n    }\n  }\n": types.HotelEventDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      event {\n        id\n        name\n        heldOn\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateEventDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      attendance {\n        ...EventAttendanceFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  fragment UserErrorFields on UserError {\n    field\n    code\n    message\n  }\n": types.UserErrorFieldsFragmentDoc,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        username\n        displayName\n        role\n        extension\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      extension\n    }\n  }\n": types.MeDocument,
    "\n  fragment ComplaintRow on Complaint {\n    id\n    status\n    severity\n    category\n    channel\n    description\n    departments\n    dueAt\n    overdue\n    filedAt\n    escalatedAt\n    version\n    customer {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n  }\n": types.ComplaintRowFragmentDoc,
    "\n  fragment ComplaintDetail on Complaint {\n    ...ComplaintRow\n    rootCause\n    resolution\n    compensation\n    staffAtFault\n    staffAtFaultWho\n    satisfied\n    resolvedAt\n    closedAt\n    reopenedAt\n    allowedTransitions\n    canEdit\n    filedBy {\n      id\n      displayName\n    }\n    suggestedArticles(first: 10) {\n      id\n      title\n      category\n    }\n    timeline {\n      id\n      at\n      action\n      fromStatus\n      toStatus\n      note\n      actor {\n        id\n        displayName\n      }\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": types.ComplaintDetailFragmentDoc,
    "\n  query ComplaintsBoard(\n    $first: Int\n    $after: String\n    $status: ComplaintStatus\n    $severity: Severity\n    $category: String\n    $department: String\n    $assigneeId: ID\n    $overdue: Boolean\n  ) {\n    complaints(\n      first: $first\n      after: $after\n      status: $status\n      severity: $severity\n      category: $category\n      department: $department\n      assigneeId: $assigneeId\n      overdue: $overdue\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ComplaintRow\n        }\n      }\n    }\n  }\n": types.ComplaintsBoardDocument,
    "\n  query ComplaintAssignees {\n    complaintAssignees {\n      id\n      displayName\n      role\n    }\n  }\n": types.ComplaintAssigneesDocument,
    "\n  query Complaint($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintDetail\n    }\n  }\n": types.ComplaintDocument,
    "\n  mutation FileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      complaint {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.FileComplaintDocument,
    "\n  mutation MoveComplaint($input: MoveComplaintInput!) {\n    moveComplaint(input: $input) {\n      complaint {\n        ...ComplaintDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.MoveComplaintDocument,
    "\n  mutation UpdateComplaint($input: UpdateComplaintInput!) {\n    updateComplaint(input: $input) {\n      complaint {\n        ...ComplaintDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateComplaintDocument,
    "\n  mutation AddComplaintNote($input: AddComplaintNoteInput!) {\n    addComplaintNote(input: $input) {\n      complaint {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AddComplaintNoteDocument,
    "\n  query ComplaintSuggestions($text: String!, $first: Int) {\n    articleSuggestions(text: $text, first: $first) {\n      id\n      title\n      category\n    }\n  }\n": types.ComplaintSuggestionsDocument,
    "\n  query CustomerOpenComplaints($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      openComplaints {\n        id\n        status\n        severity\n        category\n        dueAt\n        overdue\n        description\n      }\n    }\n  }\n": types.CustomerOpenComplaintsDocument,
    "\n  query ComplaintCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n": types.ComplaintCustomerDocument,
    "\n  query EscalatedComplaints {\n    escalatedComplaints(first: 10) {\n      ...ComplaintRow\n    }\n  }\n": types.EscalatedComplaintsDocument,
    "\n  subscription ComplaintEscalations {\n    complaintEscalations {\n      ...ComplaintRow\n    }\n  }\n": types.ComplaintEscalationsDocument,
    "\n  query ComplaintAnalysis($from: Date, $to: Date) {\n    complaintAnalysis(from: $from, to: $to) {\n      from\n      to\n      total\n      resolved\n      averageMinutesToResolve\n      onTime\n      late\n      onTimeRate\n      byCategory {\n        key\n        count\n      }\n      byDepartment {\n        key\n        count\n      }\n      byMonth {\n        key\n        count\n      }\n      repeatComplainers {\n        count\n        customer {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ComplaintAnalysisDocument,
    "\n  fragment ContactRow on Contact {\n    id\n    name\n    title\n    email\n    birthday\n    isPrimary\n    notes\n    version\n    phones {\n      number\n      display\n      label\n    }\n  }\n": types.ContactRowFragmentDoc,
    "\n  query CustomerContacts($id: ID!) {\n    customer(id: $id) {\n      id\n      contacts {\n        ...ContactRow\n      }\n    }\n  }\n": types.CustomerContactsDocument,
    "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      contact {\n        ...ContactRow\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateContactDocument,
    "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      contact {\n        ...ContactRow\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateContactDocument,
    "\n  mutation ArchiveContact($input: ContactIdInput!) {\n    archiveContact(input: $input) {\n      contact {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ArchiveContactDocument,
    "\n  mutation SetPrimaryContact($input: ContactIdInput!) {\n    setPrimaryContact(input: $input) {\n      contact {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SetPrimaryContactDocument,
    "\n  query CareCalendar($withinDays: Int!) {\n    careCalendar(withinDays: $withinDays) {\n      date\n      kind\n      title\n      years\n      greetedThisYear\n      customer {\n        id\n        name\n      }\n      contact {\n        id\n        name\n        phones {\n          display\n        }\n      }\n    }\n  }\n": types.CareCalendarDocument,
    "\n  mutation LogGreeting($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.LogGreetingDocument,
    "\n  fragment ContractRow on Contract {\n    id\n    number\n    kind\n    status\n    startDate\n    endDate\n    discountPercent\n    creditLimit\n    paymentTerms\n    notes\n    terminatedReason\n    version\n    rates {\n      roomType\n      rate\n    }\n    customer {\n      id\n      name\n    }\n    renews {\n      id\n      number\n    }\n  }\n": types.ContractRowFragmentDoc,
    "\n  query Contracts($first: Int, $after: String, $status: [ContractStatus!], $customerId: ID, $search: String) {\n    contracts(first: $first, after: $after, status: $status, customerId: $customerId, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ContractRow\n        }\n      }\n    }\n  }\n": types.ContractsDocument,
    "\n  query ExpiringContracts($withinDays: Int!) {\n    expiringContracts(withinDays: $withinDays) {\n      ...ContractRow\n    }\n  }\n": types.ExpiringContractsDocument,
    "\n  query CustomerContracts($id: ID!) {\n    customer(id: $id) {\n      id\n      contracts {\n        ...ContractRow\n      }\n    }\n  }\n": types.CustomerContractsDocument,
    "\n  query Contract($id: ID!) {\n    contract(id: $id) {\n      ...ContractRow\n    }\n  }\n": types.ContractDocument,
    "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      contract {\n        ...ContractRow\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateContractDocument,
    "\n  mutation UpdateContract($input: UpdateContractInput!) {\n    updateContract(input: $input) {\n      contract {\n        ...ContractRow\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateContractDocument,
    "\n  mutation ActivateContract($input: ContractMoveInput!) {\n    activateContract(input: $input) {\n      contract {\n        ...ContractRow\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ActivateContractDocument,
    "\n  mutation TerminateContract($input: TerminateContractInput!) {\n    terminateContract(input: $input) {\n      contract {\n        ...ContractRow\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.TerminateContractDocument,
    "\n  mutation RenewContract($input: RenewContractInput!) {\n    renewContract(input: $input) {\n      contract {\n        ...ContractRow\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RenewContractDocument,
    "\n  query NegotiatedRates($employer: String) {\n    negotiatedRates(employer: $employer) {\n      roomType\n      rate\n      contract {\n        number\n        customer {\n          name\n        }\n      }\n    }\n  }\n": types.NegotiatedRatesDocument,
    "\n  fragment CustomerSummary on Customer {\n    id\n    kind\n    name\n    nameEn\n    namePinyin\n    status\n    phones {\n      number\n      display\n      label\n    }\n  }\n": types.CustomerSummaryFragmentDoc,
    "\n  query CallerLookup($phone: String!) {\n    callerLookup(phone: $phone) {\n      normalizedPhone\n      matches {\n        ...CustomerSummary\n      }\n    }\n  }\n": types.CallerLookupDocument,
    "\n  query SearchCustomers($search: String, $first: Int, $after: String) {\n    customers(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CustomerSummary\n        }\n      }\n    }\n  }\n": types.SearchCustomersDocument,
    "\n  fragment CustomerCard on Customer {\n    id\n    kind\n    name\n    nameEn\n    namePinyin\n    status\n    statusReason\n    mergedIntoId\n    nature\n    industry\n    channel\n    region\n    nationality\n    email\n    fax\n    postcode\n    address\n    homepage\n    frontDeskAccount\n    paymentMethod\n    employer\n    residence\n    gender\n    birthday\n    idDocumentType\n    idNumberMasked\n    businessScope\n    personInCharge\n    annualRoomVolume\n    contactFrequency\n    tags\n    notes\n    version\n    createdAt\n    updatedAt\n    phones {\n      number\n      display\n      label\n    }\n    preferences {\n      id\n      category\n      value\n      note\n    }\n    keyDates {\n      id\n      kind\n      date\n      note\n    }\n    recentStays(first: 10) {\n      id\n      property\n      arrival\n      departure\n      roomNights\n      roomType\n      nightlyRate\n      roomRevenue\n      status\n      channel\n      purpose\n    }\n    performance {\n      roomNights\n      adr\n      roomRevenue\n      otherRevenue\n      totalRevenue\n      visits\n      lastVisit\n      valueClass\n    }\n    owner {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": types.CustomerCardFragmentDoc,
    "\n  query CustomerCardPage($id: ID!) {\n    customer(id: $id) {\n      ...CustomerCard\n    }\n  }\n": types.CustomerCardPageDocument,
    "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      customer {\n        ...CustomerCard\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateCustomerDocument,
    "\n  mutation RevealIdNumber($input: RevealIdNumberInput!) {\n    revealIdNumber(input: $input) {\n      idNumber\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RevealIdNumberDocument,
    "\n  mutation AddPreference($input: AddPreferenceInput!) {\n    addPreference(input: $input) {\n      preference {\n        id\n      }\n      customer {\n        ...CustomerCard\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AddPreferenceDocument,
    "\n  mutation RemovePreference($input: RemovePreferenceInput!) {\n    removePreference(input: $input) {\n      customer {\n        ...CustomerCard\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RemovePreferenceDocument,
    "\n  mutation AddKeyDate($input: AddKeyDateInput!) {\n    addKeyDate(input: $input) {\n      keyDate {\n        id\n      }\n      customer {\n        ...CustomerCard\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AddKeyDateDocument,
    "\n  mutation RemoveKeyDate($input: RemoveKeyDateInput!) {\n    removeKeyDate(input: $input) {\n      customer {\n        ...CustomerCard\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RemoveKeyDateDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        ...CustomerSummary\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateCustomerDocument,
    "\n  query PossibleDuplicates($input: DuplicateCheckInput!) {\n    possibleDuplicates(input: $input) {\n      score\n      reasons\n      customer {\n        id\n        kind\n        name\n        nameEn\n        status\n        birthday\n        idNumberMasked\n        phones {\n          number\n          display\n        }\n        performance {\n          visits\n          lastVisit\n        }\n      }\n    }\n  }\n": types.PossibleDuplicatesDocument,
    "\n  mutation RegisterGuest($input: RegisterGuestInput!) {\n    registerGuest(input: $input) {\n      created\n      customer {\n        id\n        name\n        nameEn\n      }\n      stay {\n        id\n        arrival\n        departure\n        roomNights\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RegisterGuestDocument,
    "\n  fragment InteractionItem on Interaction {\n    id\n    kind\n    purpose\n    summary\n    occurredAt\n    durationSeconds\n    outcome\n    callId\n    extension\n    phone\n    followUpOn\n    followUpDoneAt\n    wrappedUpAt\n    agent {\n      id\n      displayName\n    }\n  }\n": types.InteractionItemFragmentDoc,
    "\n  fragment InteractionWithCustomer on Interaction {\n    ...InteractionItem\n    customer {\n      id\n      name\n      status\n    }\n  }\n": types.InteractionWithCustomerFragmentDoc,
    "\n  subscription IncomingCalls($extension: String!) {\n    incomingCalls(extension: $extension) {\n      callId\n      extension\n      phone\n      receivedAt\n      at\n      lookup {\n        normalizedPhone\n        matches {\n          ...CustomerSummary\n        }\n        matchedContacts {\n          id\n          name\n          title\n          customer {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.IncomingCallsDocument,
    "\n  mutation BindExtension($input: BindExtensionInput!) {\n    bindExtension(input: $input) {\n      extension\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.BindExtensionDocument,
    "\n  mutation UnbindExtension {\n    unbindExtension {\n      extension\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UnbindExtensionDocument,
    "\n  query CustomerInteractions($customerId: ID!, $first: Int, $after: String) {\n    interactions(customerId: $customerId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InteractionItem\n        }\n      }\n    }\n  }\n": types.CustomerInteractionsDocument,
    "\n  query ConsoleSide($followUps: Int, $calls: Int) {\n    dueFollowUps(first: $followUps) {\n      ...InteractionWithCustomer\n    }\n    recentCalls(first: $calls) {\n      ...InteractionWithCustomer\n    }\n  }\n": types.ConsoleSideDocument,
    "\n  mutation CompleteFollowUp($input: CompleteFollowUpInput!) {\n    completeFollowUp(input: $input) {\n      interaction {\n        ...InteractionItem\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CompleteFollowUpDocument,
    "\n  mutation WrapUpCall($input: WrapUpCallInput!) {\n    wrapUpCall(input: $input) {\n      interaction {\n        ...InteractionItem\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.WrapUpCallDocument,
    "\n  mutation LogInteraction($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      interaction {\n        ...InteractionItem\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.LogInteractionDocument,
    "\n  fragment ArticleSummary on KnowledgeArticle {\n    id\n    title\n    category\n    tags\n    status\n    helpfulCount\n    updatedAt\n  }\n": types.ArticleSummaryFragmentDoc,
    "\n  fragment ArticleDetail on KnowledgeArticle {\n    id\n    title\n    category\n    problem\n    steps\n    tags\n    status\n    version\n    helpfulCount\n    helpfulByMe\n    createdAt\n    updatedAt\n    publishedAt\n    sourceComplaintId\n    author {\n      id\n      displayName\n    }\n    versions(first: 50) {\n      version\n      title\n      category\n      problem\n      steps\n      tags\n      note\n      editedAt\n      editor {\n        id\n        displayName\n      }\n    }\n  }\n": types.ArticleDetailFragmentDoc,
    "\n  query SearchArticles($search: String!, $first: Int, $after: String, $status: ArticleStatus) {\n    knowledgeArticles(search: $search, first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ArticleSummary\n        }\n      }\n    }\n  }\n": types.SearchArticlesDocument,
    "\n  query KnowledgeArticle($id: ID!) {\n    knowledgeArticle(id: $id) {\n      ...ArticleDetail\n    }\n  }\n": types.KnowledgeArticleDocument,
    "\n  query ArticleFromComplaint($complaintId: ID!) {\n    articleFromComplaint(complaintId: $complaintId) {\n      title\n      category\n      problem\n      steps\n      tags\n      sourceComplaintId\n    }\n  }\n": types.ArticleFromComplaintDocument,
    "\n  mutation CreateKnowledgeArticle($input: CreateKnowledgeArticleInput!) {\n    createKnowledgeArticle(input: $input) {\n      article {\n        ...ArticleDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateKnowledgeArticleDocument,
    "\n  mutation UpdateKnowledgeArticle($input: UpdateKnowledgeArticleInput!) {\n    updateKnowledgeArticle(input: $input) {\n      article {\n        ...ArticleDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateKnowledgeArticleDocument,
    "\n  mutation PublishKnowledgeArticle($id: ID!) {\n    publishKnowledgeArticle(input: { id: $id }) {\n      article {\n        ...ArticleDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.PublishKnowledgeArticleDocument,
    "\n  mutation ArchiveKnowledgeArticle($id: ID!) {\n    archiveKnowledgeArticle(input: { id: $id }) {\n      article {\n        ...ArticleDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ArchiveKnowledgeArticleDocument,
    "\n  mutation UnarchiveKnowledgeArticle($id: ID!) {\n    unarchiveKnowledgeArticle(input: { id: $id }) {\n      article {\n        ...ArticleDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UnarchiveKnowledgeArticleDocument,
    "\n  mutation MarkArticleHelpful($id: ID!) {\n    markArticleHelpful(input: { id: $id }) {\n      article {\n        ...ArticleDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.MarkArticleHelpfulDocument,
    "\n  fragment MembershipCardFields on MembershipCard {\n    id\n    cardNumber\n    displayNumber\n    tier\n    status\n    issuedAt\n    validUntil\n    pointsBalance\n    storedValueBalance\n    shareWithPartners\n    version\n    customer {\n      id\n      name\n    }\n  }\n": types.MembershipCardFieldsFragmentDoc,
    "\n  fragment LedgerEntryFields on LedgerEntry {\n    id\n    account\n    kind\n    amount\n    balanceAfter\n    reference\n    note\n    at\n    actor {\n      id\n      displayName\n    }\n  }\n": types.LedgerEntryFieldsFragmentDoc,
    "\n  query CustomerMembership($id: ID!) {\n    customer(id: $id) {\n      id\n      membership {\n        ...MembershipCardFields\n      }\n    }\n  }\n": types.CustomerMembershipDocument,
    "\n  query MembershipLedger($cardNumber: String!, $first: Int, $after: String) {\n    membershipCard(cardNumber: $cardNumber) {\n      id\n      ledger(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...LedgerEntryFields\n          }\n        }\n      }\n    }\n  }\n": types.MembershipLedgerDocument,
    "\n  query MembershipCardLookup($cardNumber: String!) {\n    membershipCard(cardNumber: $cardNumber) {\n      ...MembershipCardFields\n    }\n  }\n": types.MembershipCardLookupDocument,
    "\n  query MemberBirthdays($withinDays: Int!) {\n    memberBirthdays(withinDays: $withinDays) {\n      on\n      age\n      customer {\n        id\n        name\n      }\n      card {\n        ...MembershipCardFields\n      }\n    }\n  }\n": types.MemberBirthdaysDocument,
    "\n  mutation IssueMembershipCard($input: IssueMembershipCardInput!) {\n    issueMembershipCard(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.IssueMembershipCardDocument,
    "\n  mutation RecordMemberSpend($input: RecordMemberSpendInput!) {\n    recordMemberSpend(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RecordMemberSpendDocument,
    "\n  mutation RedeemPoints($input: RedeemPointsInput!) {\n    redeemPoints(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RedeemPointsDocument,
    "\n  mutation TopUpStoredValue($input: TopUpStoredValueInput!) {\n    topUpStoredValue(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.TopUpStoredValueDocument,
    "\n  mutation SpendStoredValue($input: SpendStoredValueInput!) {\n    spendStoredValue(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SpendStoredValueDocument,
    "\n  mutation ReportCardLost($input: ReportCardLostInput!) {\n    reportCardLost(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ReportCardLostDocument,
    "\n  mutation ReissueCard($input: ReissueCardInput!) {\n    reissueCard(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ReissueCardDocument,
    "\n  mutation RenewCard($input: RenewCardInput!) {\n    renewCard(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RenewCardDocument,
    "\n  mutation SetPartnerSharing($input: SetPartnerSharingInput!) {\n    setPartnerSharing(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SetPartnerSharingDocument,
    "\n  query PointsForSpend($amount: Fen!) {\n    pointsForSpend(amount: $amount)\n  }\n": types.PointsForSpendDocument,
    "\n  query TopUpBonus($amount: Fen!) {\n    topUpBonus(amount: $amount)\n  }\n": types.TopUpBonusDocument,
    "\n  fragment PartnerKeyFields on PartnerKey {\n    id\n    partner\n    prefix\n    scopes\n    rateLimitPerMinute\n    customRateLimit\n    status\n    createdAt\n    expiresAt\n    revokedAt\n    lastUsedAt\n  }\n": types.PartnerKeyFieldsFragmentDoc,
    "\n  query PartnerKeys($first: Int, $after: String) {\n    partnerKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PartnerKeyFields\n        }\n      }\n    }\n  }\n": types.PartnerKeysDocument,
    "\n  mutation CreatePartnerKey($input: CreatePartnerKeyInput!) {\n    createPartnerKey(input: $input) {\n      key\n      partnerKey {\n        ...PartnerKeyFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreatePartnerKeyDocument,
    "\n  mutation RevokePartnerKey($input: RevokePartnerKeyInput!) {\n    revokePartnerKey(input: $input) {\n      partnerKey {\n        ...PartnerKeyFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RevokePartnerKeyDocument,
    "\n  mutation SetPartnerKeyExpiry($input: SetPartnerKeyExpiryInput!) {\n    setPartnerKeyExpiry(input: $input) {\n      partnerKey {\n        ...PartnerKeyFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SetPartnerKeyExpiryDocument,
    "\n  query SegmentReport($input: SegmentReportInput!) {\n    segmentReport(input: $input) {\n      key\n      stays\n      cancelled\n      roomNights\n      roomRevenue\n      adr\n      share\n    }\n  }\n": types.SegmentReportDocument,
    "\n  query CustomerRanking($input: CustomerRankingInput!) {\n    customerRanking(input: $input) {\n      rank\n      customer {\n        id\n        name\n      }\n      roomNights\n      adr\n      roomRevenue\n      otherRevenue\n      totalRevenue\n      visits\n      lastVisit\n      valueClass\n    }\n  }\n": types.CustomerRankingDocument,
    "\n  query ChurnRisks($first: Int) {\n    churnRisks(first: $first) {\n      customer {\n        id\n        name\n      }\n      reasons\n      explanation\n      previousVisits\n      recentVisits\n      previousSpend\n      recentSpend\n      lastVisit\n    }\n  }\n": types.ChurnRisksDocument,
    "\n  query StaffKpis($input: StaffKpiInput!) {\n    staffKpis(input: $input) {\n      rank\n      user {\n        id\n        displayName\n        department\n      }\n      callsHandled\n      complaintsHandled\n      complaintsOnTime\n      onTimeRate\n      averageResolutionMinutes\n      followUpsDone\n      followUpsOnTime\n      recordsCollected\n      recordsEnriched\n      membersRecruited\n      satisfaction\n    }\n  }\n": types.StaffKpisDocument,
    "\n  mutation ExportReport($input: ExportReportInput!) {\n    exportReport(input: $input) {\n      fileName\n      contentType\n      contentBase64\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ExportReportDocument,
    "\n  query CustomerValue($input: CustomerValueInput!) {\n    customerValueReport(input: $input) {\n      customers\n      repeaters\n      repeatRate\n      rows {\n        customer {\n          id\n          name\n        }\n        recency\n        frequency\n        monetary\n        score\n        lastVisit\n        visits\n        totalRevenue\n        profitContribution\n      }\n    }\n  }\n": types.CustomerValueDocument,
    "\n  fragment StaffUserFields on User {\n    id\n    username\n    displayName\n    role\n    department\n    status\n    deactivatedAt\n    supervisor {\n      id\n      displayName\n    }\n  }\n": types.StaffUserFieldsFragmentDoc,
    "\n  query StaffUsers($first: Int, $after: String, $role: Role, $status: UserStatus, $search: String) {\n    users(first: $first, after: $after, role: $role, status: $status, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...StaffUserFields\n        }\n      }\n    }\n  }\n": types.StaffUsersDocument,
    "\n  query OwnedBy($userId: ID!) {\n    ownedBy(userId: $userId) {\n      customers\n      contracts\n      prospects\n      followUpTasks\n      complaints\n    }\n  }\n": types.OwnedByDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...StaffUserFields\n      }\n      password\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...StaffUserFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        ...StaffUserFields\n      }\n      password\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      user {\n        ...StaffUserFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($input: ReactivateUserInput!) {\n    reactivateUser(input: $input) {\n      user {\n        ...StaffUserFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation TransferCustomers($input: TransferCustomersInput!) {\n    transferCustomers(input: $input) {\n      transferred\n      moved {\n        customers\n        contracts\n        prospects\n        followUpTasks\n        complaints\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.TransferCustomersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProspectCardFields on Prospect {\n    id\n    grade\n    status\n    interest\n    nextFollowUpOn\n    overdue\n    outcomeReason\n    closedAt\n    version\n    customer {\n      id\n      name\n    }\n    owner {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').ProspectCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpTaskFields on FollowUpTask {\n    id\n    kind\n    title\n    dueOn\n    status\n    overdue\n    note\n    customer {\n      id\n      name\n    }\n    owner {\n      id\n      displayName\n    }\n    prospect {\n      id\n    }\n  }\n"): typeof import('./graphql').FollowUpTaskFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProspectBoard {\n    prospectBoard {\n      grade\n      count\n      prospects {\n        ...ProspectCardFields\n      }\n    }\n  }\n"): typeof import('./graphql').ProspectBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFollowUps($daysAhead: Int, $team: Boolean!) {\n    myFollowUps(daysAhead: $daysAhead) @skip(if: $team) {\n      today\n      overdue {\n        ...FollowUpTaskFields\n      }\n      dueToday {\n        ...FollowUpTaskFields\n      }\n      upcoming {\n        ...FollowUpTaskFields\n      }\n    }\n    teamFollowUps(daysAhead: $daysAhead) @include(if: $team) {\n      today\n      overdue {\n        ...FollowUpTaskFields\n      }\n      dueToday {\n        ...FollowUpTaskFields\n      }\n      upcoming {\n        ...FollowUpTaskFields\n      }\n    }\n  }\n"): typeof import('./graphql').MyFollowUpsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteFollowUpTask($input: CompleteFollowUpTaskInput!) {\n    completeFollowUpTask(input: $input) {\n      task {\n        ...FollowUpTaskFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CompleteFollowUpTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleFollowUpTask($input: RescheduleFollowUpTaskInput!) {\n    rescheduleFollowUpTask(input: $input) {\n      task {\n        ...FollowUpTaskFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').RescheduleFollowUpTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Prospect($id: ID!) {\n    prospect(id: $id) {\n      ...ProspectCardFields\n      followUps {\n        id\n        at\n        impression\n        content\n        bottleneck\n        plan\n        nextDate\n        grade\n        supervisorComment\n        commentedAt\n        by {\n          id\n          displayName\n        }\n        supervisor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProspectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProspect($input: CreateProspectInput!) {\n    createProspect(input: $input) {\n      prospect {\n        ...ProspectCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateProspectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordProspectFollowUp($input: RecordProspectFollowUpInput!) {\n    recordProspectFollowUp(input: $input) {\n      prospect {\n        ...ProspectCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').RecordProspectFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnFollowUp($input: CommentOnFollowUpInput!) {\n    commentOnFollowUp(input: $input) {\n      followUp {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CommentOnFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseProspect($input: CloseProspectInput!) {\n    closeProspect(input: $input) {\n      prospect {\n        ...ProspectCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CloseProspectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerAccount($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      prospects {\n        ...ProspectCardFields\n      }\n      followUpTasks {\n        ...FollowUpTaskFields\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackFields on Feedback {\n    id\n    channel\n    rating\n    category\n    text\n    followUp\n    followedUpAt\n    receivedAt\n    customer {\n      id\n      name\n    }\n    recordedBy {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').FeedbackFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerFeedback($id: ID!) {\n    customer(id: $id) {\n      id\n      feedback {\n        ...FeedbackFields\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackList(\n    $first: Int\n    $after: String\n    $category: String\n    $rating: Int\n    $channel: String\n    $from: Date\n    $to: Date\n    $needsFollowUp: Boolean\n  ) {\n    feedback(\n      first: $first\n      after: $after\n      category: $category\n      rating: $rating\n      channel: $channel\n      from: $from\n      to: $to\n      needsFollowUp: $needsFollowUp\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...FeedbackFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FeedbackListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackSummary($from: Date, $to: Date) {\n    feedbackSummary(from: $from, to: $to) {\n      from\n      to\n      total\n      averageRating\n      byCategory {\n        key\n        count\n        averageRating\n      }\n      byMonth {\n        key\n        count\n        averageRating\n      }\n    }\n  }\n"): typeof import('./graphql').FeedbackSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFeedback($input: RecordFeedbackInput!) {\n    recordFeedback(input: $input) {\n      feedback {\n        ...FeedbackFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').RecordFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpFeedback($input: FollowUpFeedbackInput!) {\n    followUpFeedback(input: $input) {\n      feedback {\n        ...FeedbackFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').FollowUpFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DormantCustomers($months: Int, $first: Int, $after: String) {\n    dormantCustomers(months: $months, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          lastStayOn\n          lastContactAt\n          customer {\n            id\n            name\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DormantCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyDormantCustomer($input: VerifyDormantCustomerInput!) {\n    verifyDormantCustomer(input: $input) {\n      task {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').VerifyDormantCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeProspectGrade($input: ChangeProspectGradeInput!) {\n    changeProspectGrade(input: $input) {\n      prospect {\n        ...ProspectCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').ChangeProspectGradeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFollowUpTask($input: CreateFollowUpTaskInput!) {\n    createFollowUpTask(input: $input) {\n      task {\n        ...FollowUpTaskFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateFollowUpTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventAttendanceFields on EventAttendance {\n    id\n    purchased\n    customer {\n      id\n      name\n    }\n    revisitTasks {\n      id\n      dueOn\n      status\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').EventAttendanceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HotelEvents {\n    hotelEvents {\n      id\n      name\n      heldOn\n    }\n  }\n"): typeof import('./graphql').HotelEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HotelEvent($id: ID!) {\n    hotelEvent(id: $id) {\n      id\n      name\n      heldOn\n      attendances {\n        ...EventAttendanceFields\n      }\n    }\n  }\n"): typeof import('./graphql').HotelEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      event {\n        id\n        name\n        heldOn\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      attendance {\n        ...EventAttendanceFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').RecordAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserErrorFields on UserError {\n    field\n    code\n    message\n  }\n"): typeof import('./graphql').UserErrorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        username\n        displayName\n        role\n        extension\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      extension\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintRow on Complaint {\n    id\n    status\n    severity\n    category\n    channel\n    description\n    departments\n    dueAt\n    overdue\n    filedAt\n    escalatedAt\n    version\n    customer {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').ComplaintRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintDetail on Complaint {\n    ...ComplaintRow\n    rootCause\n    resolution\n    compensation\n    staffAtFault\n    staffAtFaultWho\n    satisfied\n    resolvedAt\n    closedAt\n    reopenedAt\n    allowedTransitions\n    canEdit\n    filedBy {\n      id\n      displayName\n    }\n    suggestedArticles(first: 10) {\n      id\n      title\n      category\n    }\n    timeline {\n      id\n      at\n      action\n      fromStatus\n      toStatus\n      note\n      actor {\n        id\n        displayName\n      }\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"): typeof import('./graphql').ComplaintDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintsBoard(\n    $first: Int\n    $after: String\n    $status: ComplaintStatus\n    $severity: Severity\n    $category: String\n    $department: String\n    $assigneeId: ID\n    $overdue: Boolean\n  ) {\n    complaints(\n      first: $first\n      after: $after\n      status: $status\n      severity: $severity\n      category: $category\n      department: $department\n      assigneeId: $assigneeId\n      overdue: $overdue\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ComplaintRow\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ComplaintsBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintAssignees {\n    complaintAssignees {\n      id\n      displayName\n      role\n    }\n  }\n"): typeof import('./graphql').ComplaintAssigneesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Complaint($id: ID!) {\n    complaint(id: $id) {\n      ...ComplaintDetail\n    }\n  }\n"): typeof import('./graphql').ComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileComplaint($input: FileComplaintInput!) {\n    fileComplaint(input: $input) {\n      complaint {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').FileComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveComplaint($input: MoveComplaintInput!) {\n    moveComplaint(input: $input) {\n      complaint {\n        ...ComplaintDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').MoveComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateComplaint($input: UpdateComplaintInput!) {\n    updateComplaint(input: $input) {\n      complaint {\n        ...ComplaintDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComplaintNote($input: AddComplaintNoteInput!) {\n    addComplaintNote(input: $input) {\n      complaint {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').AddComplaintNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintSuggestions($text: String!, $first: Int) {\n    articleSuggestions(text: $text, first: $first) {\n      id\n      title\n      category\n    }\n  }\n"): typeof import('./graphql').ComplaintSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerOpenComplaints($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      openComplaints {\n        id\n        status\n        severity\n        category\n        dueAt\n        overdue\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerOpenComplaintsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ComplaintCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscalatedComplaints {\n    escalatedComplaints(first: 10) {\n      ...ComplaintRow\n    }\n  }\n"): typeof import('./graphql').EscalatedComplaintsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ComplaintEscalations {\n    complaintEscalations {\n      ...ComplaintRow\n    }\n  }\n"): typeof import('./graphql').ComplaintEscalationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintAnalysis($from: Date, $to: Date) {\n    complaintAnalysis(from: $from, to: $to) {\n      from\n      to\n      total\n      resolved\n      averageMinutesToResolve\n      onTime\n      late\n      onTimeRate\n      byCategory {\n        key\n        count\n      }\n      byDepartment {\n        key\n        count\n      }\n      byMonth {\n        key\n        count\n      }\n      repeatComplainers {\n        count\n        customer {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ComplaintAnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactRow on Contact {\n    id\n    name\n    title\n    email\n    birthday\n    isPrimary\n    notes\n    version\n    phones {\n      number\n      display\n      label\n    }\n  }\n"): typeof import('./graphql').ContactRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerContacts($id: ID!) {\n    customer(id: $id) {\n      id\n      contacts {\n        ...ContactRow\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      contact {\n        ...ContactRow\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContact($input: UpdateContactInput!) {\n    updateContact(input: $input) {\n      contact {\n        ...ContactRow\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveContact($input: ContactIdInput!) {\n    archiveContact(input: $input) {\n      contact {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').ArchiveContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPrimaryContact($input: ContactIdInput!) {\n    setPrimaryContact(input: $input) {\n      contact {\n        id\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').SetPrimaryContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CareCalendar($withinDays: Int!) {\n    careCalendar(withinDays: $withinDays) {\n      date\n      kind\n      title\n      years\n      greetedThisYear\n      customer {\n        id\n        name\n      }\n      contact {\n        id\n        name\n        phones {\n          display\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CareCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogGreeting($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').LogGreetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractRow on Contract {\n    id\n    number\n    kind\n    status\n    startDate\n    endDate\n    discountPercent\n    creditLimit\n    paymentTerms\n    notes\n    terminatedReason\n    version\n    rates {\n      roomType\n      rate\n    }\n    customer {\n      id\n      name\n    }\n    renews {\n      id\n      number\n    }\n  }\n"): typeof import('./graphql').ContractRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contracts($first: Int, $after: String, $status: [ContractStatus!], $customerId: ID, $search: String) {\n    contracts(first: $first, after: $after, status: $status, customerId: $customerId, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ContractRow\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContractsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpiringContracts($withinDays: Int!) {\n    expiringContracts(withinDays: $withinDays) {\n      ...ContractRow\n    }\n  }\n"): typeof import('./graphql').ExpiringContractsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerContracts($id: ID!) {\n    customer(id: $id) {\n      id\n      contracts {\n        ...ContractRow\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerContractsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contract($id: ID!) {\n    contract(id: $id) {\n      ...ContractRow\n    }\n  }\n"): typeof import('./graphql').ContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) {\n      contract {\n        ...ContractRow\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContract($input: UpdateContractInput!) {\n    updateContract(input: $input) {\n      contract {\n        ...ContractRow\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateContract($input: ContractMoveInput!) {\n    activateContract(input: $input) {\n      contract {\n        ...ContractRow\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').ActivateContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminateContract($input: TerminateContractInput!) {\n    terminateContract(input: $input) {\n      contract {\n        ...ContractRow\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').TerminateContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewContract($input: RenewContractInput!) {\n    renewContract(input: $input) {\n      contract {\n        ...ContractRow\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').RenewContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NegotiatedRates($employer: String) {\n    negotiatedRates(employer: $employer) {\n      roomType\n      rate\n      contract {\n        number\n        customer {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NegotiatedRatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerSummary on Customer {\n    id\n    kind\n    name\n    nameEn\n    namePinyin\n    status\n    phones {\n      number\n      display\n      label\n    }\n  }\n"): typeof import('./graphql').CustomerSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallerLookup($phone: String!) {\n    callerLookup(phone: $phone) {\n      normalizedPhone\n      matches {\n        ...CustomerSummary\n      }\n    }\n  }\n"): typeof import('./graphql').CallerLookupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCustomers($search: String, $first: Int, $after: String) {\n    customers(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CustomerSummary\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchCustomersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerCard on Customer {\n    id\n    kind\n    name\n    nameEn\n    namePinyin\n    status\n    statusReason\n    mergedIntoId\n    nature\n    industry\n    channel\n    region\n    nationality\n    email\n    fax\n    postcode\n    address\n    homepage\n    frontDeskAccount\n    paymentMethod\n    employer\n    residence\n    gender\n    birthday\n    idDocumentType\n    idNumberMasked\n    businessScope\n    personInCharge\n    annualRoomVolume\n    contactFrequency\n    tags\n    notes\n    version\n    createdAt\n    updatedAt\n    phones {\n      number\n      display\n      label\n    }\n    preferences {\n      id\n      category\n      value\n      note\n    }\n    keyDates {\n      id\n      kind\n      date\n      note\n    }\n    recentStays(first: 10) {\n      id\n      property\n      arrival\n      departure\n      roomNights\n      roomType\n      nightlyRate\n      roomRevenue\n      status\n      channel\n      purpose\n    }\n    performance {\n      roomNights\n      adr\n      roomRevenue\n      otherRevenue\n      totalRevenue\n      visits\n      lastVisit\n      valueClass\n    }\n    owner {\n      id\n      username\n      displayName\n      role\n    }\n  }\n"): typeof import('./graphql').CustomerCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerCardPage($id: ID!) {\n    customer(id: $id) {\n      ...CustomerCard\n    }\n  }\n"): typeof import('./graphql').CustomerCardPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      customer {\n        ...CustomerCard\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealIdNumber($input: RevealIdNumberInput!) {\n    revealIdNumber(input: $input) {\n      idNumber\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').RevealIdNumberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPreference($input: AddPreferenceInput!) {\n    addPreference(input: $input) {\n      preference {\n        id\n      }\n      customer {\n        ...CustomerCard\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').AddPreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePreference($input: RemovePreferenceInput!) {\n    removePreference(input: $input) {\n      customer {\n        ...CustomerCard\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').RemovePreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddKeyDate($input: AddKeyDateInput!) {\n    addKeyDate(input: $input) {\n      keyDate {\n        id\n      }\n      customer {\n        ...CustomerCard\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').AddKeyDateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveKeyDate($input: RemoveKeyDateInput!) {\n    removeKeyDate(input: $input) {\n      customer {\n        ...CustomerCard\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').RemoveKeyDateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        ...CustomerSummary\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PossibleDuplicates($input: DuplicateCheckInput!) {\n    possibleDuplicates(input: $input) {\n      score\n      reasons\n      customer {\n        id\n        kind\n        name\n        nameEn\n        status\n        birthday\n        idNumberMasked\n        phones {\n          number\n          display\n        }\n        performance {\n          visits\n          lastVisit\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PossibleDuplicatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterGuest($input: RegisterGuestInput!) {\n    registerGuest(input: $input) {\n      created\n      customer {\n        id\n        name\n        nameEn\n      }\n      stay {\n        id\n        arrival\n        departure\n        roomNights\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterGuestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InteractionItem on Interaction {\n    id\n    kind\n    purpose\n    summary\n    occurredAt\n    durationSeconds\n    outcome\n    callId\n    extension\n    phone\n    followUpOn\n    followUpDoneAt\n    wrappedUpAt\n    agent {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').InteractionItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InteractionWithCustomer on Interaction {\n    ...InteractionItem\n    customer {\n      id\n      name\n      status\n    }\n  }\n"): typeof import('./graphql').InteractionWithCustomerFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IncomingCalls($extension: String!) {\n    incomingCalls(extension: $extension) {\n      callId\n      extension\n      phone\n      receivedAt\n      at\n      lookup {\n        normalizedPhone\n        matches {\n          ...CustomerSummary\n        }\n        matchedContacts {\n          id\n          name\n          title\n          customer {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IncomingCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BindExtension($input: BindExtensionInput!) {\n    bindExtension(input: $input) {\n      extension\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').BindExtensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnbindExtension {\n    unbindExtension {\n      extension\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').UnbindExtensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerInteractions($customerId: ID!, $first: Int, $after: String) {\n    interactions(customerId: $customerId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InteractionItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerInteractionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSide($followUps: Int, $calls: Int) {\n    dueFollowUps(first: $followUps) {\n      ...InteractionWithCustomer\n    }\n    recentCalls(first: $calls) {\n      ...InteractionWithCustomer\n    }\n  }\n"): typeof import('./graphql').ConsoleSideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteFollowUp($input: CompleteFollowUpInput!) {\n    completeFollowUp(input: $input) {\n      interaction {\n        ...InteractionItem\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CompleteFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WrapUpCall($input: WrapUpCallInput!) {\n    wrapUpCall(input: $input) {\n      interaction {\n        ...InteractionItem\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').WrapUpCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogInteraction($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      interaction {\n        ...InteractionItem\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').LogInteractionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleSummary on KnowledgeArticle {\n    id\n    title\n    category\n    tags\n    status\n    helpfulCount\n    updatedAt\n  }\n"): typeof import('./graphql').ArticleSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleDetail on KnowledgeArticle {\n    id\n    title\n    category\n    problem\n    steps\n    tags\n    status\n    version\n    helpfulCount\n    helpfulByMe\n    createdAt\n    updatedAt\n    publishedAt\n    sourceComplaintId\n    author {\n      id\n      displayName\n    }\n    versions(first: 50) {\n      version\n      title\n      category\n      problem\n      steps\n      tags\n      note\n      editedAt\n      editor {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').ArticleDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchArticles($search: String!, $first: Int, $after: String, $status: ArticleStatus) {\n    knowledgeArticles(search: $search, first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ArticleSummary\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeArticle($id: ID!) {\n    knowledgeArticle(id: $id) {\n      ...ArticleDetail\n    }\n  }\n"): typeof import('./graphql').KnowledgeArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleFromComplaint($complaintId: ID!) {\n    articleFromComplaint(complaintId: $complaintId) {\n      title\n      category\n      problem\n      steps\n      tags\n      sourceComplaintId\n    }\n  }\n"): typeof import('./graphql').ArticleFromComplaintDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateKnowledgeArticle($input: CreateKnowledgeArticleInput!) {\n    createKnowledgeArticle(input: $input) {\n      article {\n        ...ArticleDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateKnowledgeArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateKnowledgeArticle($input: UpdateKnowledgeArticleInput!) {\n    updateKnowledgeArticle(input: $input) {\n      article {\n        ...ArticleDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateKnowledgeArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishKnowledgeArticle($id: ID!) {\n    publishKnowledgeArticle(input: { id: $id }) {\n      article {\n        ...ArticleDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').PublishKnowledgeArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveKnowledgeArticle($id: ID!) {\n    archiveKnowledgeArticle(input: { id: $id }) {\n      article {\n        ...ArticleDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').ArchiveKnowledgeArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnarchiveKnowledgeArticle($id: ID!) {\n    unarchiveKnowledgeArticle(input: { id: $id }) {\n      article {\n        ...ArticleDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').UnarchiveKnowledgeArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkArticleHelpful($id: ID!) {\n    markArticleHelpful(input: { id: $id }) {\n      article {\n        ...ArticleDetail\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').MarkArticleHelpfulDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembershipCardFields on MembershipCard {\n    id\n    cardNumber\n    displayNumber\n    tier\n    status\n    issuedAt\n    validUntil\n    pointsBalance\n    storedValueBalance\n    shareWithPartners\n    version\n    customer {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').MembershipCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LedgerEntryFields on LedgerEntry {\n    id\n    account\n    kind\n    amount\n    balanceAfter\n    reference\n    note\n    at\n    actor {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').LedgerEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerMembership($id: ID!) {\n    customer(id: $id) {\n      id\n      membership {\n        ...MembershipCardFields\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipLedger($cardNumber: String!, $first: Int, $after: String) {\n    membershipCard(cardNumber: $cardNumber) {\n      id\n      ledger(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...LedgerEntryFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MembershipLedgerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembershipCardLookup($cardNumber: String!) {\n    membershipCard(cardNumber: $cardNumber) {\n      ...MembershipCardFields\n    }\n  }\n"): typeof import('./graphql').MembershipCardLookupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberBirthdays($withinDays: Int!) {\n    memberBirthdays(withinDays: $withinDays) {\n      on\n      age\n      customer {\n        id\n        name\n      }\n      card {\n        ...MembershipCardFields\n      }\n    }\n  }\n"): typeof import('./graphql').MemberBirthdaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueMembershipCard($input: IssueMembershipCardInput!) {\n    issueMembershipCard(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').IssueMembershipCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMemberSpend($input: RecordMemberSpendInput!) {\n    recordMemberSpend(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').RecordMemberSpendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemPoints($input: RedeemPointsInput!) {\n    redeemPoints(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').RedeemPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TopUpStoredValue($input: TopUpStoredValueInput!) {\n    topUpStoredValue(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').TopUpStoredValueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpendStoredValue($input: SpendStoredValueInput!) {\n    spendStoredValue(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').SpendStoredValueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportCardLost($input: ReportCardLostInput!) {\n    reportCardLost(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').ReportCardLostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReissueCard($input: ReissueCardInput!) {\n    reissueCard(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').ReissueCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewCard($input: RenewCardInput!) {\n    renewCard(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').RenewCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPartnerSharing($input: SetPartnerSharingInput!) {\n    setPartnerSharing(input: $input) {\n      card {\n        ...MembershipCardFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').SetPartnerSharingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsForSpend($amount: Fen!) {\n    pointsForSpend(amount: $amount)\n  }\n"): typeof import('./graphql').PointsForSpendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopUpBonus($amount: Fen!) {\n    topUpBonus(amount: $amount)\n  }\n"): typeof import('./graphql').TopUpBonusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerKeyFields on PartnerKey {\n    id\n    partner\n    prefix\n    scopes\n    rateLimitPerMinute\n    customRateLimit\n    status\n    createdAt\n    expiresAt\n    revokedAt\n    lastUsedAt\n  }\n"): typeof import('./graphql').PartnerKeyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerKeys($first: Int, $after: String) {\n    partnerKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PartnerKeyFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartnerKey($input: CreatePartnerKeyInput!) {\n    createPartnerKey(input: $input) {\n      key\n      partnerKey {\n        ...PartnerKeyFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreatePartnerKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokePartnerKey($input: RevokePartnerKeyInput!) {\n    revokePartnerKey(input: $input) {\n      partnerKey {\n        ...PartnerKeyFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').RevokePartnerKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPartnerKeyExpiry($input: SetPartnerKeyExpiryInput!) {\n    setPartnerKeyExpiry(input: $input) {\n      partnerKey {\n        ...PartnerKeyFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').SetPartnerKeyExpiryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentReport($input: SegmentReportInput!) {\n    segmentReport(input: $input) {\n      key\n      stays\n      cancelled\n      roomNights\n      roomRevenue\n      adr\n      share\n    }\n  }\n"): typeof import('./graphql').SegmentReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerRanking($input: CustomerRankingInput!) {\n    customerRanking(input: $input) {\n      rank\n      customer {\n        id\n        name\n      }\n      roomNights\n      adr\n      roomRevenue\n      otherRevenue\n      totalRevenue\n      visits\n      lastVisit\n      valueClass\n    }\n  }\n"): typeof import('./graphql').CustomerRankingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChurnRisks($first: Int) {\n    churnRisks(first: $first) {\n      customer {\n        id\n        name\n      }\n      reasons\n      explanation\n      previousVisits\n      recentVisits\n      previousSpend\n      recentSpend\n      lastVisit\n    }\n  }\n"): typeof import('./graphql').ChurnRisksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffKpis($input: StaffKpiInput!) {\n    staffKpis(input: $input) {\n      rank\n      user {\n        id\n        displayName\n        department\n      }\n      callsHandled\n      complaintsHandled\n      complaintsOnTime\n      onTimeRate\n      averageResolutionMinutes\n      followUpsDone\n      followUpsOnTime\n      recordsCollected\n      recordsEnriched\n      membersRecruited\n      satisfaction\n    }\n  }\n"): typeof import('./graphql').StaffKpisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportReport($input: ExportReportInput!) {\n    exportReport(input: $input) {\n      fileName\n      contentType\n      contentBase64\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').ExportReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerValue($input: CustomerValueInput!) {\n    customerValueReport(input: $input) {\n      customers\n      repeaters\n      repeatRate\n      rows {\n        customer {\n          id\n          name\n        }\n        recency\n        frequency\n        monetary\n        score\n        lastVisit\n        visits\n        totalRevenue\n        profitContribution\n      }\n    }\n  }\n"): typeof import('./graphql').CustomerValueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffUserFields on User {\n    id\n    username\n    displayName\n    role\n    department\n    status\n    deactivatedAt\n    supervisor {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').StaffUserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffUsers($first: Int, $after: String, $role: Role, $status: UserStatus, $search: String) {\n    users(first: $first, after: $after, role: $role, status: $status, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...StaffUserFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnedBy($userId: ID!) {\n    ownedBy(userId: $userId) {\n      customers\n      contracts\n      prospects\n      followUpTasks\n      complaints\n    }\n  }\n"): typeof import('./graphql').OwnedByDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...StaffUserFields\n      }\n      password\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...StaffUserFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        ...StaffUserFields\n      }\n      password\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($input: DeactivateUserInput!) {\n    deactivateUser(input: $input) {\n      user {\n        ...StaffUserFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').DeactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($input: ReactivateUserInput!) {\n    reactivateUser(input: $input) {\n      user {\n        ...StaffUserFields\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').ReactivateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferCustomers($input: TransferCustomersInput!) {\n    transferCustomers(input: $input) {\n      transferred\n      moved {\n        customers\n        contracts\n        prospects\n        followUpTasks\n        complaints\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n"): typeof import('./graphql').TransferCustomersDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
