// The interaction enums in the order the forms offer them.
import type { InteractionKind, InteractionPurpose } from '../gql/graphql';

export const PURPOSES: readonly InteractionPurpose[] = [
  'INQUIRY',
  'BOOKING',
  'CANCELLATION',
  'SPECIAL_REQUEST',
  'ITINERARY',
  'LOST_AND_FOUND',
  'COMPLAINT',
  'FOLLOW_UP',
  'GREETING',
];

/** What can be logged by hand: calls in come from the PBX. */
export const LOGGABLE_KINDS: readonly Exclude<InteractionKind, 'CALL_IN'>[] = [
  'CALL_OUT',
  'NOTE',
  'VISIT',
  'EMAIL',
  'WECHAT',
  'SMS',
];
