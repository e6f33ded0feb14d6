// The console's calls, keyed by the PBX's callId. A newer RINGING always
// becomes the call on screen; anything that arrives late for an older call
// (a duplicate push, a card that loaded slowly, a wrap-up answer) only ever
// touches the entry with its own callId, never the one on screen.
import type { CustomerSummaryFragment, InteractionPurpose } from '../gql/graphql';
import type { IncomingCall } from './liveFeed';

export type CallerMatch = CustomerSummaryFragment;
/** A corporate account's contact (客户联系人) whose number rang. */
export type CallerContact = IncomingCall['lookup']['matchedContacts'][number];

export interface WrapUpDraft {
  purpose: InteractionPurpose | '';
  summary: string;
  followUpOn: string;
}

export const EMPTY_DRAFT: WrapUpDraft = { purpose: '', summary: '', followUpOn: '' };

export interface CallEntry {
  callId: string;
  extension: string;
  /** As the PBX sent it; empty when the caller withheld the number. */
  phone: string;
  normalizedPhone: string | null;
  receivedAt: string;
  at: string;
  /** Customers owning the number, best first. */
  matches: CallerMatch[];
  /** Contacts with the number; their accounts are among the matches. */
  contacts: CallerContact[];
  /** The caller: the only match, the one picked from several, or the one just created. */
  customerId: string | null;
  draft: WrapUpDraft;
  /** The draft as last saved with wrapUpCall; null: not wrapped up yet. */
  saved: WrapUpDraft | null;
}

export interface CallsState {
  /** Newest first. */
  calls: CallEntry[];
  /** The call on screen; null when the agent closed it. */
  currentId: string | null;
}

export type CallsAction =
  | { type: 'ringing'; call: IncomingCall }
  | { type: 'choose'; callId: string; customerId: string | null }
  | { type: 'created'; callId: string; customer: CallerMatch }
  | { type: 'draft'; callId: string; draft: Partial<WrapUpDraft> }
  | { type: 'saved'; callId: string; draft: WrapUpDraft }
  | { type: 'show'; callId: string }
  | { type: 'close'; callId: string }
  | { type: 'reset' };

/** Calls kept for wrapping up later; the oldest wrapped-up ones go first. */
export const MAX_CALLS = 12;

export const EMPTY_CALLS: CallsState = { calls: [], currentId: null };

function time(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
}

export function entryOf(call: IncomingCall): CallEntry {
  const matches = call.lookup.matches;
  return {
    callId: call.callId,
    extension: call.extension,
    phone: call.phone,
    normalizedPhone: call.lookup.normalizedPhone ?? null,
    receivedAt: call.receivedAt,
    at: call.at,
    matches,
    contacts: call.lookup.matchedContacts,
    customerId: matches.length === 1 && matches[0] ? matches[0].id : null,
    draft: EMPTY_DRAFT,
    saved: null,
  };
}

/** Whether the wrap-up form holds something not yet saved. */
export function isDirty(entry: CallEntry): boolean {
  const base = entry.saved ?? EMPTY_DRAFT;
  return (
    entry.draft.purpose !== base.purpose ||
    entry.draft.summary !== base.summary ||
    entry.draft.followUpOn !== base.followUpOn
  );
}

function trim(calls: CallEntry[], keep: string | null): CallEntry[] {
  const list = [...calls];
  while (list.length > MAX_CALLS) {
    // Drop the oldest call that is wrapped up and not on screen; else the oldest not on screen.
    let victim = -1;
    for (let i = list.length - 1; i >= 0; i -= 1) {
      const c = list[i];
      if (c && c.callId !== keep && c.saved && !isDirty(c)) {
        victim = i;
        break;
      }
    }
    if (victim < 0) victim = list[list.length - 1]?.callId === keep ? list.length - 2 : list.length - 1;
    list.splice(victim, 1);
  }
  return list;
}

function update(state: CallsState, callId: string, change: (entry: CallEntry) => CallEntry): CallsState {
  if (!state.calls.some((c) => c.callId === callId)) return state;
  return { ...state, calls: state.calls.map((c) => (c.callId === callId ? change(c) : c)) };
}

export function callsReducer(state: CallsState, action: CallsAction): CallsState {
  switch (action.type) {
    case 'ringing': {
      // The PBX (or a reconnect) may deliver the same call twice: the first one stands.
      if (state.calls.some((c) => c.callId === action.call.callId)) return state;
      const entry = entryOf(action.call);
      const calls = [...state.calls, entry].sort((a, b) => time(b.receivedAt) - time(a.receivedAt));
      const current = state.calls.find((c) => c.callId === state.currentId);
      // Newer than the call on screen (or nothing on screen): it takes the screen.
      // An older call delivered late is kept for wrap-up but does not push the newer one away.
      const takesScreen = !current || time(entry.receivedAt) >= time(current.receivedAt);
      const currentId = takesScreen ? entry.callId : state.currentId;
      return { calls: trim(calls, currentId), currentId };
    }
    case 'choose':
      return update(state, action.callId, (c) =>
        action.customerId === null || c.matches.some((m) => m.id === action.customerId)
          ? { ...c, customerId: action.customerId }
          : c,
      );
    case 'created':
      return update(state, action.callId, (c) => ({
        ...c,
        matches: [action.customer, ...c.matches.filter((m) => m.id !== action.customer.id)],
        customerId: action.customer.id,
      }));
    case 'draft':
      return update(state, action.callId, (c) => ({ ...c, draft: { ...c.draft, ...action.draft } }));
    case 'saved':
      return update(state, action.callId, (c) => ({ ...c, saved: action.draft }));
    case 'show':
      return state.calls.some((c) => c.callId === action.callId) ? { ...state, currentId: action.callId } : state;
    case 'close':
      return {
        calls: state.calls.filter((c) => c.callId !== action.callId),
        currentId: state.currentId === action.callId ? null : state.currentId,
      };
    case 'reset':
      return EMPTY_CALLS;
  }
}

/** Calls not on screen whose wrap-up is missing or unsaved. */
export function pendingWrapUps(state: CallsState): CallEntry[] {
  return state.calls.filter((c) => c.callId !== state.currentId && (!c.saved || isDirty(c)));
}

/** The state read back from sessionStorage, or empty when it is not ours. */
export function restoreCalls(raw: string | null): CallsState {
  if (!raw) return EMPTY_CALLS;
  try {
    const parsed = JSON.parse(raw) as Partial<CallsState>;
    if (!Array.isArray(parsed.calls)) return EMPTY_CALLS;
    const calls = parsed.calls.filter(
      (c): c is CallEntry =>
        typeof c === 'object' &&
        c !== null &&
        typeof c.callId === 'string' &&
        Array.isArray(c.matches) &&
        typeof c.draft === 'object' &&
        c.draft !== null,
    );
    const currentId = calls.some((c) => c.callId === parsed.currentId) ? (parsed.currentId ?? null) : null;
    // Calls kept by an earlier version of the console carry no contacts.
    return { calls: calls.map((c) => ({ ...c, contacts: Array.isArray(c.contacts) ? c.contacts : [] })), currentId };
  } catch {
    return EMPTY_CALLS;
  }
}
