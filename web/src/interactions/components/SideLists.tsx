import { useEffect, useState } from 'react';
import { execute } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { apiErrorText, userErrorText } from '../../api/userErrors';
import type { InteractionWithCustomerFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { DueTasksSide } from '../../accounts/components/DueTasksSide';
import { ErrorBanner } from '../../ui/Field';
import { formatClock, formatDateTime, formatDuration, hotelDate, hotelDateOf } from '../../ui/format';
import { useCallCentre } from '../CallCentre';
import { pendingWrapUps } from '../calls';
import { CompleteFollowUpMutation, ConsoleSideQuery } from '../operations';

const FOLLOW_UPS = 20;
const CALLS = 10;
// The PBX writes answered and missed calls by itself: look again now and then.
const REFRESH_MS = 60_000;

/** Calls of this session that still want a wrap-up (another call took the screen meanwhile). */
export function PendingWrapUps() {
  const { t, lang } = useI18n();
  const { calls, dispatch } = useCallCentre();
  const pending = pendingWrapUps(calls);
  if (pending.length === 0) return null;
  return (
    <section className="side-panel" aria-labelledby="pending-title" data-testid="pending-wrapups">
      <h2 id="pending-title">{t('pending.title', { count: pending.length })}</h2>
      <ul className="side-list">
        {pending.map((c) => {
          const who = c.matches.find((m) => m.id === c.customerId)?.name ?? (c.normalizedPhone || c.phone || t('call.withheld'));
          return (
            <li key={c.callId} data-call-id={c.callId}>
              <button type="button" className="link-button" onClick={() => dispatch({ type: 'show', callId: c.callId })}>
                <span className="side-time mono">{formatClock(c.receivedAt, lang)}</span> {who}
              </button>
              <span className="muted small">{c.saved ? t('pending.unsaved') : t('pending.none')}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Today's due call-backs (with "done") and this agent's recent calls. */
export function SideLists() {
  const { t, lang } = useI18n();
  const { activity, touch } = useCallCentre();
  const [tick, setTick] = useState(0);
  const [doneError, setDoneError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  useEffect(() => {
    const timer = window.setInterval(() => setTick((n) => n + 1), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, []);

  const { data, error } = useQuery(ConsoleSideQuery, { followUps: FOLLOW_UPS, calls: CALLS }, { refreshKey: `${activity}:${tick}` });
  // Marked done here: off the list at once, before the lists are asked for again.
  const [doneIds, setDoneIds] = useState<ReadonlySet<string>>(new Set());
  const lists = data && { dueFollowUps: data.dueFollowUps.filter((i) => !doneIds.has(i.id)), recentCalls: data.recentCalls };

  const complete = async (item: InteractionWithCustomerFragment) => {
    setBusyId(item.id);
    setDoneError(null);
    try {
      const { completeFollowUp } = await execute(CompleteFollowUpMutation, { input: { interactionId: item.id } });
      const first = completeFollowUp.errors[0];
      if (first && first.code !== 'INVALID_STATE') {
        setDoneError(userErrorText(first, lang, t));
        return;
      }
      // Done (or someone marked it done already): off the list.
      setDoneIds((prev) => new Set(prev).add(item.id));
      touch();
    } catch (err) {
      setDoneError(apiErrorText(err, t));
    } finally {
      setBusyId(null);
    }
  };

  const today = hotelDate();
  return (
    <>
      <section className="side-panel" aria-labelledby="due-title" data-testid="due-follow-ups">
        <h2 id="due-title">
          {t('due.title')}
          {lists ? <span className="count">{lists.dueFollowUps.length}</span> : null}
        </h2>
        <ErrorBanner messages={[...(error ? [apiErrorText(error, t)] : []), ...(doneError ? [doneError] : [])]} />
        {!lists ? (
          <p className="muted small">{t('app.loading')}</p>
        ) : lists.dueFollowUps.length === 0 ? (
          <p className="muted small">{t('due.empty')}</p>
        ) : (
          <ul className="side-list">
            {lists.dueFollowUps.map((item) => (
              <li key={item.id} data-testid="due-item" data-id={item.id} className={item.followUpOn && item.followUpOn < today ? 'overdue' : ''}>
                <div className="side-line">
                  <span className="side-date mono">{item.followUpOn}</span>
                  {item.customer ? (
                    <Link to={`/customers/${encodeURIComponent(item.customer.id)}`}>{item.customer.name}</Link>
                  ) : (
                    <span className="mono">{item.phone ?? t('common.none')}</span>
                  )}
                  {item.purpose ? <span className="badge purpose">{t(`purpose.${item.purpose}`)}</span> : null}
                  <button
                    type="button"
                    className="small done-button"
                    disabled={busyId === item.id}
                    onClick={() => void complete(item)}
                    data-testid="due-done"
                  >
                    {t('due.done')}
                  </button>
                </div>
                {item.summary ? <p className="side-summary muted small">{item.summary}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <DueTasksSide refreshKey={tick} />
      <section className="side-panel" aria-labelledby="recent-title" data-testid="recent-calls">
        <h2 id="recent-title">{t('recent.title')}</h2>
        {!lists ? null : lists.recentCalls.length === 0 ? (
          <p className="muted small">{t('recent.empty')}</p>
        ) : (
          <ul className="side-list">
            {lists.recentCalls.map((item) => (
              <li key={item.id} data-testid="recent-call" data-call-id={item.callId ?? undefined}>
                <div className="side-line">
                  <span className="side-time mono" title={formatDateTime(item.occurredAt, lang)}>
                    {hotelDateOf(item.occurredAt) === today ? formatClock(item.occurredAt, lang).slice(0, 5) : formatDateTime(item.occurredAt, lang)}
                  </span>
                  <span className="badge tl-kind">{t(`interactionKind.${item.kind}`)}</span>
                  {item.customer ? (
                    <Link to={`/customers/${encodeURIComponent(item.customer.id)}`}>{item.customer.name}</Link>
                  ) : (
                    <span className="mono">{item.phone ?? t('call.withheld')}</span>
                  )}
                  {item.outcome === 'MISSED' ? <span className="badge missed">{t('outcome.MISSED')}</span> : null}
                  {item.durationSeconds ? <span className="muted small">{formatDuration(item.durationSeconds)}</span> : null}
                </div>
                {item.kind === 'CALL_IN' && !item.wrappedUpAt ? (
                  <p className="muted small">{t('timeline.awaitingWrapUp')}</p>
                ) : item.purpose ? (
                  <p className="muted small">{t(`purpose.${item.purpose}`)}{item.summary ? ` · ${item.summary}` : ''}</p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
