// The console's telephone side, alive for the whole signed-in session (not
// only while the console page is open): the extension bound to this console,
// the live feed of its calls, the calls themselves, and a counter that the
// lists showing interactions watch to know they should ask again.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useReducer,
  useState,
  type Dispatch,
  type ReactNode,
} from 'react';
import { execute, getToken, signalUnauthenticated } from '../api/client';
import type { UserErrorLike } from '../api/userErrors';
import { useSession } from '../auth/session';
import { callsReducer, restoreCalls, type CallEntry, type CallsAction, type CallsState } from './calls';
import { openFeed, type FeedProblem, type FeedState } from './liveFeed';
import { BindExtensionMutation, UnbindExtensionMutation } from './operations';

// Per user: after a sign-out (or an expired token) the next person at this
// tab does not see the calls, and the same agent signing in again gets their
// unsaved wrap-ups back.
const callsKey = (userId: string | undefined) => `hotel-crm.calls.${userId ?? ''}`;

export interface Feed {
  state: FeedState;
  problem: FeedProblem | null;
}

interface CallCentreValue {
  /** Whether this user's role takes calls (has a console). */
  enabled: boolean;
  extension: string | null;
  feed: Feed;
  calls: CallsState;
  current: CallEntry | null;
  dispatch: Dispatch<CallsAction>;
  /** Binds the console; the UserErrors when refused (CONFLICT: someone else has it). */
  bind: (extension: string, takeOver: boolean) => Promise<readonly UserErrorLike[]>;
  unbind: () => Promise<void>;
  /** Opens the feed again after it stopped for good. */
  reconnect: () => void;
  /** Bumped after anything that adds or changes an interaction. */
  activity: number;
  touch: () => void;
}

const CallCentreContext = createContext<CallCentreValue | null>(null);

function readCalls(key: string): CallsState {
  try {
    return restoreCalls(sessionStorage.getItem(key));
  } catch {
    return restoreCalls(null);
  }
}

export function CallCentreProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const { user, updateUser } = useSession();
  const extension = enabled ? (user?.extension ?? null) : null;
  // The feed's state belongs to one opening of it (extension and attempt), so
  // a new opening starts from "connecting" without a stale "disconnected".
  const [reported, setReported] = useState<{ opening: string; feed: Feed } | null>(null);
  // Calls (and their unsaved wrap-ups) survive a reload of the tab.
  const key = callsKey(user?.id);
  const [calls, dispatch] = useReducer(callsReducer, key, readCalls);
  const [attempt, setAttempt] = useState(0);
  const [activity, setActivity] = useState(0);

  useEffect(() => {
    try {
      sessionStorage.setItem(key, JSON.stringify(calls));
    } catch {
      // Without storage the calls live as long as the page.
    }
  }, [key, calls]);

  const opening = `${extension ?? ''}#${attempt}`;
  const feed: Feed = useMemo(() => {
    if (!extension) return { state: 'idle', problem: null };
    return reported?.opening === opening ? reported.feed : { state: 'connecting', problem: null };
  }, [extension, opening, reported]);

  useEffect(() => {
    if (!extension) return;
    const thisOpening = `${extension}#${attempt}`;
    return openFeed({
      extension,
      token: getToken,
      onState: (state, problem) => setReported({ opening: thisOpening, feed: { state, problem } }),
      onCall: (call) => dispatch({ type: 'ringing', call }),
      onUnauthenticated: signalUnauthenticated,
    });
  }, [extension, attempt]);

  const bind = useCallback(
    async (number: string, takeOver: boolean) => {
      const { bindExtension } = await execute(BindExtensionMutation, { input: { extension: number, takeOver } });
      if (bindExtension.errors.length === 0) {
        updateUser({ extension: bindExtension.extension ?? null });
        // Binding the same extension again after a take-over must reopen the feed.
        setAttempt((n) => n + 1);
      }
      return bindExtension.errors;
    },
    [updateUser],
  );

  const unbind = useCallback(async () => {
    await execute(UnbindExtensionMutation, {});
    updateUser({ extension: null });
  }, [updateUser]);

  const reconnect = useCallback(() => setAttempt((n) => n + 1), []);
  const touch = useCallback(() => setActivity((n) => n + 1), []);

  const current = calls.calls.find((c) => c.callId === calls.currentId) ?? null;
  const value = useMemo<CallCentreValue>(
    () => ({ enabled, extension, feed, calls, current, dispatch, bind, unbind, reconnect, activity, touch }),
    [enabled, extension, feed, calls, current, bind, unbind, reconnect, activity, touch],
  );
  return <CallCentreContext.Provider value={value}>{children}</CallCentreContext.Provider>;
}

export function useCallCentre(): CallCentreValue {
  const value = useContext(CallCentreContext);
  if (!value) throw new Error('useCallCentre outside CallCentreProvider');
  return value;
}
