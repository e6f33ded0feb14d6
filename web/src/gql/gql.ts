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
    "\n  fragment UserErrorFields on UserError {\n    field\n    code\n    message\n  }\n": typeof types.UserErrorFieldsFragmentDoc,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        username\n        displayName\n        role\n        extension\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      extension\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment CustomerSummary on Customer {\n    id\n    kind\n    name\n    nameEn\n    namePinyin\n    status\n    phones {\n      number\n      display\n      label\n    }\n  }\n": typeof types.CustomerSummaryFragmentDoc,
    "\n  query CallerLookup($phone: String!) {\n    callerLookup(phone: $phone) {\n      normalizedPhone\n      matches {\n        ...CustomerSummary\n      }\n    }\n  }\n": typeof types.CallerLookupDocument,
    "\n  query SearchCustomers($search: String, $first: Int, $after: String) {\n    customers(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CustomerSummary\n        }\n      }\n    }\n  }\n": typeof types.SearchCustomersDocument,
    "\n  fragment CustomerCard on Customer {\n    id\n    kind\n    name\n    nameEn\n    namePinyin\n    status\n    statusReason\n    mergedIntoId\n    nature\n    industry\n    channel\n    region\n    nationality\n    email\n    fax\n    postcode\n    address\n    homepage\n    frontDeskAccount\n    paymentMethod\n    employer\n    residence\n    gender\n    birthday\n    idDocumentType\n    idNumberMasked\n    businessScope\n    personInCharge\n    annualRoomVolume\n    contactFrequency\n    tags\n    notes\n    version\n    createdAt\n    updatedAt\n    phones {\n      number\n      display\n      label\n    }\n    preferences {\n      id\n      category\n      value\n      note\n    }\n    keyDates {\n      id\n      kind\n      date\n      note\n    }\n    recentStays(first: 10) {\n      id\n      property\n      arrival\n      departure\n      roomNights\n      roomType\n      nightlyRate\n      roomRevenue\n      status\n      channel\n      purpose\n    }\n    performance {\n      roomNights\n      adr\n      roomRevenue\n      otherRevenue\n      totalRevenue\n      visits\n      lastVisit\n    }\n    owner {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": typeof types.CustomerCardFragmentDoc,
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
    "\n  subscription IncomingCalls($extension: String!) {\n    incomingCalls(extension: $extension) {\n      callId\n      extension\n      phone\n      receivedAt\n      at\n      lookup {\n        normalizedPhone\n        matches {\n          ...CustomerSummary\n        }\n      }\n    }\n  }\n": typeof types.IncomingCallsDocument,
    "\n  mutation BindExtension($input: BindExtensionInput!) {\n    bindExtension(input: $input) {\n      extension\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.BindExtensionDocument,
    "\n  mutation UnbindExtension {\n    unbindExtension {\n      extension\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UnbindExtensionDocument,
    "\n  query CustomerInteractions($customerId: ID!, $first: Int, $after: String) {\n    interactions(customerId: $customerId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InteractionItem\n        }\n      }\n    }\n  }\n": typeof types.CustomerInteractionsDocument,
    "\n  query ConsoleSide($followUps: Int, $calls: Int) {\n    dueFollowUps(first: $followUps) {\n      ...InteractionWithCustomer\n    }\n    recentCalls(first: $calls) {\n      ...InteractionWithCustomer\n    }\n  }\n": typeof types.ConsoleSideDocument,
    "\n  mutation CompleteFollowUp($input: CompleteFollowUpInput!) {\n    completeFollowUp(input: $input) {\n      interaction {\n        ...InteractionItem\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CompleteFollowUpDocument,
    "\n  mutation WrapUpCall($input: WrapUpCallInput!) {\n    wrapUpCall(input: $input) {\n      interaction {\n        ...InteractionItem\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.WrapUpCallDocument,
    "\n  mutation LogInteraction($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      interaction {\n        ...InteractionItem\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.LogInteractionDocument,
};
const documents: Documents = {
    "\n  fragment UserErrorFields on UserError {\n    field\n    code\n    message\n  }\n": types.UserErrorFieldsFragmentDoc,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        username\n        displayName\n        role\n        extension\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      extension\n    }\n  }\n": types.MeDocument,
    "\n  fragment CustomerSummary on Customer {\n    id\n    kind\n    name\n    nameEn\n    namePinyin\n    status\n    phones {\n      number\n      display\n      label\n    }\n  }\n": types.CustomerSummaryFragmentDoc,
    "\n  query CallerLookup($phone: String!) {\n    callerLookup(phone: $phone) {\n      normalizedPhone\n      matches {\n        ...CustomerSummary\n      }\n    }\n  }\n": types.CallerLookupDocument,
    "\n  query SearchCustomers($search: String, $first: Int, $after: String) {\n    customers(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CustomerSummary\n        }\n      }\n    }\n  }\n": types.SearchCustomersDocument,
    "\n  fragment CustomerCard on Customer {\n    id\n    kind\n    name\n    nameEn\n    namePinyin\n    status\n    statusReason\n    mergedIntoId\n    nature\n    industry\n    channel\n    region\n    nationality\n    email\n    fax\n    postcode\n    address\n    homepage\n    frontDeskAccount\n    paymentMethod\n    employer\n    residence\n    gender\n    birthday\n    idDocumentType\n    idNumberMasked\n    businessScope\n    personInCharge\n    annualRoomVolume\n    contactFrequency\n    tags\n    notes\n    version\n    createdAt\n    updatedAt\n    phones {\n      number\n      display\n      label\n    }\n    preferences {\n      id\n      category\n      value\n      note\n    }\n    keyDates {\n      id\n      kind\n      date\n      note\n    }\n    recentStays(first: 10) {\n      id\n      property\n      arrival\n      departure\n      roomNights\n      roomType\n      nightlyRate\n      roomRevenue\n      status\n      channel\n      purpose\n    }\n    performance {\n      roomNights\n      adr\n      roomRevenue\n      otherRevenue\n      totalRevenue\n      visits\n      lastVisit\n    }\n    owner {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": types.CustomerCardFragmentDoc,
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
    "\n  subscription IncomingCalls($extension: String!) {\n    incomingCalls(extension: $extension) {\n      callId\n      extension\n      phone\n      receivedAt\n      at\n      lookup {\n        normalizedPhone\n        matches {\n          ...CustomerSummary\n        }\n      }\n    }\n  }\n": types.IncomingCallsDocument,
    "\n  mutation BindExtension($input: BindExtensionInput!) {\n    bindExtension(input: $input) {\n      extension\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.BindExtensionDocument,
    "\n  mutation UnbindExtension {\n    unbindExtension {\n      extension\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UnbindExtensionDocument,
    "\n  query CustomerInteractions($customerId: ID!, $first: Int, $after: String) {\n    interactions(customerId: $customerId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InteractionItem\n        }\n      }\n    }\n  }\n": types.CustomerInteractionsDocument,
    "\n  query ConsoleSide($followUps: Int, $calls: Int) {\n    dueFollowUps(first: $followUps) {\n      ...InteractionWithCustomer\n    }\n    recentCalls(first: $calls) {\n      ...InteractionWithCustomer\n    }\n  }\n": types.ConsoleSideDocument,
    "\n  mutation CompleteFollowUp($input: CompleteFollowUpInput!) {\n    completeFollowUp(input: $input) {\n      interaction {\n        ...InteractionItem\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CompleteFollowUpDocument,
    "\n  mutation WrapUpCall($input: WrapUpCallInput!) {\n    wrapUpCall(input: $input) {\n      interaction {\n        ...InteractionItem\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.WrapUpCallDocument,
    "\n  mutation LogInteraction($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      interaction {\n        ...InteractionItem\n      }\n      errors {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.LogInteractionDocument,
};

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
export function graphql(source: "\n  fragment CustomerCard on Customer {\n    id\n    kind\n    name\n    nameEn\n    namePinyin\n    status\n    statusReason\n    mergedIntoId\n    nature\n    industry\n    channel\n    region\n    nationality\n    email\n    fax\n    postcode\n    address\n    homepage\n    frontDeskAccount\n    paymentMethod\n    employer\n    residence\n    gender\n    birthday\n    idDocumentType\n    idNumberMasked\n    businessScope\n    personInCharge\n    annualRoomVolume\n    contactFrequency\n    tags\n    notes\n    version\n    createdAt\n    updatedAt\n    phones {\n      number\n      display\n      label\n    }\n    preferences {\n      id\n      category\n      value\n      note\n    }\n    keyDates {\n      id\n      kind\n      date\n      note\n    }\n    recentStays(first: 10) {\n      id\n      property\n      arrival\n      departure\n      roomNights\n      roomType\n      nightlyRate\n      roomRevenue\n      status\n      channel\n      purpose\n    }\n    performance {\n      roomNights\n      adr\n      roomRevenue\n      otherRevenue\n      totalRevenue\n      visits\n      lastVisit\n    }\n    owner {\n      id\n      username\n      displayName\n      role\n    }\n  }\n"): typeof import('./graphql').CustomerCardFragmentDoc;
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
export function graphql(source: "\n  subscription IncomingCalls($extension: String!) {\n    incomingCalls(extension: $extension) {\n      callId\n      extension\n      phone\n      receivedAt\n      at\n      lookup {\n        normalizedPhone\n        matches {\n          ...CustomerSummary\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').IncomingCallsDocument;
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


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
