// The live feed of incoming calls: one graphql-transport-ws connection (the
// graphql-ws client) carrying the incomingCalls subscription of the console's
// extension. graphql-ws reconnects and resubscribes by itself; this module
// chooses how long to wait between attempts, which closes are final, and
// turns the client's events into the four states the console shows.
import { createClient, type Client } from 'graphql-ws';
import type { IncomingCallsSubscription, IncomingCallsSubscriptionVariables } from '../gql/graphql';
import { IncomingCallsSubscription as IncomingCallsDocument } from './operations';

export type IncomingCall = IncomingCallsSubscription['incomingCalls'];

/** idle: no extension bound, so nothing to listen to. */
export type FeedState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

/** Why the feed stopped for good (it does not retry these). */
export type FeedProblem =
  | { kind: 'unauthenticated' }
  | { kind: 'forbidden'; message: string }
  | { kind: 'failed'; message: string };

/** graphql-transport-ws close codes the server uses (SPEC 4.2). */
export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_FORBIDDEN = 4403;

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;
// A half-open socket (laptop slept, NAT forgot us) is only noticed by asking:
// ping every 15 s and give up on the socket when no pong came back in 5 s.
const PING_EVERY_MS = 15_000;
const PONG_TIMEOUT_MS = 5_000;

/**
 * Milliseconds to wait before reconnect attempt `retries` (0, 1, 2, …):
 * exponential backoff with "equal jitter" — half of the step is fixed, half
 * random — so a whole call centre dropped by one network blip does not come
 * back in the same instant, and nobody waits more than 30 s.
 */
export function retryDelay(retries: number, random: () => number = Math.random): number {
  const step = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, retries));
  return Math.round(step / 2 + (random() * step) / 2);
}

function isCloseEvent(value: unknown): value is { code: number; reason: string } {
  return typeof value === 'object' && value !== null && 'code' in value && 'reason' in value;
}

interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: unknown } | undefined;
}

function firstError(errors: readonly GraphQLErrorLike[]): FeedProblem {
  const first = errors[0];
  const message = first?.message ?? 'error';
  return first?.extensions?.code === 'FORBIDDEN' ? { kind: 'forbidden', message } : { kind: 'failed', message };
}

export function feedUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

export interface FeedOptions {
  extension: string;
  /** Read on every (re)connect, so a new sign-in token is picked up. */
  token: () => string | null;
  onState: (state: FeedState, problem: FeedProblem | null) => void;
  onCall: (call: IncomingCall) => void;
  /** The server refused the token (4401): the session ends. */
  onUnauthenticated: () => void;
  url?: string;
}

/** Opens the feed of one extension; the returned function closes it. */
export function openFeed({ extension, token, onState, onCall, onUnauthenticated, url }: FeedOptions): () => void {
  let stopped = false;
  // Once the subscription has ended (refused, taken over), closes are not drops.
  let ended = false;
  let everConnected = false;
  let pongTimer: number | undefined;

  const report = (state: FeedState, problem: FeedProblem | null = null) => {
    if (!stopped) onState(state, problem);
  };
  const end = (problem: FeedProblem) => {
    if (ended) return;
    ended = true;
    report('disconnected', problem);
    if (problem.kind === 'unauthenticated' && !stopped) onUnauthenticated();
  };

  const client: Client = createClient({
    url: url ?? feedUrl(),
    connectionParams: () => {
      const current = token();
      return current ? { authorization: `Bearer ${current}` } : {};
    },
    retryAttempts: Infinity,
    retryWait: (retries) => new Promise((resolve) => window.setTimeout(resolve, retryDelay(retries))),
    // 4401 is final in graphql-ws already; a role that may not listen (4403) will not be allowed on retry either.
    shouldRetry: (errOrClose) => !(isCloseEvent(errOrClose) && errOrClose.code === CLOSE_FORBIDDEN),
    keepAlive: PING_EVERY_MS,
    on: {
      connecting: () => {
        if (!ended) report(everConnected ? 'reconnecting' : 'connecting');
      },
      connected: () => {
        everConnected = true;
        if (!ended) report('connected');
      },
      ping: (received) => {
        if (received) return;
        window.clearTimeout(pongTimer);
        pongTimer = window.setTimeout(() => client.terminate(), PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) window.clearTimeout(pongTimer);
      },
      closed: (event) => {
        window.clearTimeout(pongTimer);
        if (stopped || ended) return;
        const code = isCloseEvent(event) ? event.code : 0;
        if (code === CLOSE_UNAUTHORIZED) end({ kind: 'unauthenticated' });
        else if (code === CLOSE_FORBIDDEN) end({ kind: 'forbidden', message: event && isCloseEvent(event) ? event.reason : '' });
        // Anything else is a drop: graphql-ws waits retryDelay() and connects again.
        else report('reconnecting');
      },
    },
  });

  const variables: IncomingCallsSubscriptionVariables = { extension };
  const unsubscribe = client.subscribe<IncomingCallsSubscription>(
    { query: IncomingCallsDocument.toString(), variables },
    {
      next: (result) => {
        // A refused or ended subscription (taken over by a colleague) arrives as errors.
        if (result.errors && result.errors.length > 0) {
          end(firstError(result.errors));
          return;
        }
        const call = result.data?.incomingCalls;
        if (call) onCall(call);
      },
      error: (error: unknown) => {
        if (isCloseEvent(error)) {
          if (error.code === CLOSE_UNAUTHORIZED) end({ kind: 'unauthenticated' });
          else if (error.code === CLOSE_FORBIDDEN) end({ kind: 'forbidden', message: error.reason });
          else end({ kind: 'failed', message: `${error.code} ${error.reason}`.trim() });
        } else if (Array.isArray(error)) {
          end(firstError(error as GraphQLErrorLike[]));
        } else {
          end({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
        }
      },
      complete: () => {
        if (!stopped) end({ kind: 'failed', message: 'complete' });
      },
    },
  );

  return () => {
    stopped = true;
    window.clearTimeout(pongTimer);
    unsubscribe();
    void client.dispose();
  };
}
