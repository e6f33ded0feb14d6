// What each role may do, as the server's permissions declare it (schema/permissions.py);
// the SPA only hides what the server would refuse anyway.
import type { Role } from '../gql/graphql';

export type Capability =
  | 'lookup'
  | 'register'
  | 'editCustomer'
  | 'createCustomer'
  | 'revealId'
  | 'editPreferences'
  | 'editKeyDates'
  | 'takeCalls'
  | 'readKnowledge'
  | 'manageKnowledge'
  | 'fileComplaints'
  | 'manageComplaints'
  | 'managePartnerKeys'
  | 'membership'
  | 'accounts'
  | 'manageAccounts'
  | 'serveMembers'
  | 'manageUsers'
  | 'handover'
  | 'prospects'
  | 'events'
  | 'feedback'
  | 'feedbackSummary'
  | 'dormant'
  | 'reports';

const CAPABILITIES: Record<Capability, readonly Role[]> = {
  lookup: ['AGENT', 'FRONT_DESK', 'SALES', 'MANAGER'],
  register: ['FRONT_DESK', 'MANAGER'],
  editCustomer: ['FRONT_DESK', 'SALES', 'MANAGER'],
  revealId: ['MANAGER'],
  // addPreference / removePreference: everyone who serves guests, the call centre too.
  editPreferences: ['AGENT', 'FRONT_DESK', 'SALES', 'MANAGER'],
  // addKeyDate / removeKeyDate.
  editKeyDates: ['FRONT_DESK', 'SALES', 'MANAGER'],
  // createCustomer (the console's new-caller form). The server does not let
  // AGENT create customers yet; add it here when it does.
  createCustomer: ['FRONT_DESK', 'SALES', 'MANAGER'],
  // bindExtension and the incomingCalls feed: everyone with a console.
  takeCalls: ['AGENT', 'FRONT_DESK', 'SALES', 'MANAGER'],
  // knowledgeArticles, createKnowledgeArticle (a draft), markArticleHelpful.
  readKnowledge: ['AGENT', 'FRONT_DESK', 'SALES', 'MANAGER'],
  // publishing, archiving and editing anyone's procedure.
  manageKnowledge: ['MANAGER'],
  // fileComplaint, the board of one's own complaints, notes; the assignee moves and edits.
  fileComplaints: ['AGENT', 'FRONT_DESK', 'SALES', 'MANAGER'],
  // assigning, closing, the whole board, escalations and the analysis.
  manageComplaints: ['MANAGER'],
  // partnerKeys, createPartnerKey, revokePartnerKey, setPartnerKeyExpiry.
  managePartnerKeys: ['ADMIN'],
  // membershipCard lookup, memberBirthdays, the card's membership panel.
  membership: ['AGENT', 'FRONT_DESK', 'SALES', 'MANAGER'],
  // contacts, contracts, expiringContracts, careCalendar (read).
  accounts: ['AGENT', 'FRONT_DESK', 'SALES', 'MANAGER'],
  // createContact…setPrimaryContact, createContract…renewContract (any account).
  manageAccounts: ['SALES', 'MANAGER'],
  // issue, spend, redeem, top up, pay, report lost, reissue, renew, partner sharing.
  serveMembers: ['FRONT_DESK', 'MANAGER'],
  // users (read), createUser, updateUser, resetPassword, deactivateUser, reactivateUser.
  manageUsers: ['ADMIN'],
  // ownedBy, transferCustomers and the staff list to choose from.
  handover: ['MANAGER', 'ADMIN'],
  // prospects, the board, follow-up tasks (SALES their own and their team's; MANAGER all).
  prospects: ['SALES', 'MANAGER'],
  // hotelEvents, createEvent, recordAttendance (the revisit tasks it makes are prospects' work too).
  events: ['SALES', 'MANAGER'],
  // recordFeedback, followUpFeedback, the feedback list.
  feedback: ['AGENT', 'FRONT_DESK', 'SALES', 'MANAGER'],
  // feedbackSummary (averages by category and month).
  feedbackSummary: ['MANAGER'],
  // dormantCustomers, verifyDormantCustomer.
  dormant: ['MANAGER'],
  // segmentReport, customerRanking, churnRisks, staffKpis, exportReport: the dashboard.
  reports: ['MANAGER'],
};

export function can(role: Role | undefined | null, capability: Capability): boolean {
  return !!role && CAPABILITIES[capability].includes(role);
}
