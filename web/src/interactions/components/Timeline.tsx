import { usePagedQuery } from '../../api/useQuery';
import { apiErrorText } from '../../api/userErrors';
import type { InteractionItemFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorBanner } from '../../ui/Field';
import { formatDateTime, formatDuration } from '../../ui/format';
import { InteractionsQuery } from '../operations';

const PAGE_SIZE = 10;

/** The customer's interactions, newest first, paged with "load more"; asks again when `version` changes. */
export function Timeline({ customerId, version }: { customerId: string; version: number }) {
  const { t } = useI18n();
  const timeline = usePagedQuery(InteractionsQuery, { customerId, first: PAGE_SIZE }, (d) => d.interactions, { refreshKey: version });
  const { error, loadMore, loadingMore } = timeline;
  // Another customer's list is never shown under this one's name.
  const shown = timeline.items && !timeline.stale ? { items: timeline.items, total: timeline.total, hasNextPage: timeline.hasNextPage } : null;
  return (
    <div className="timeline" data-testid="timeline" data-total={shown?.total ?? ''}>
      <ErrorBanner messages={error ? [apiErrorText(error, t)] : []} />
      {!shown ? (
        <p className="muted">{t('app.loading')}</p>
      ) : shown.items.length === 0 ? (
        <p className="muted">{t('timeline.empty')}</p>
      ) : (
        <>
          <ol className="tl-list">
            {shown.items.map((item) => (
              <TimelineItem key={item.id} item={item} />
            ))}
          </ol>
          <p className="tl-foot muted small">
            {t('timeline.count', { shown: shown.items.length, total: shown.total })}
            {shown.hasNextPage ? (
              <button type="button" className="small" onClick={() => void loadMore()} disabled={loadingMore} data-testid="timeline-more">
                {loadingMore ? t('app.loading') : t('timeline.more')}
              </button>
            ) : null}
          </p>
        </>
      )}
    </div>
  );
}

export function TimelineItem({ item }: { item: InteractionItemFragment }) {
  const { t, lang } = useI18n();
  const awaitingWrapUp = item.kind === 'CALL_IN' && !item.wrappedUpAt;
  return (
    <li
      className={`tl-item tl-${item.kind.toLowerCase()}`}
      data-testid="interaction"
      data-id={item.id}
      data-kind={item.kind}
      data-call-id={item.callId ?? undefined}
    >
      <div className="tl-head">
        <span className="badge tl-kind">{t(`interactionKind.${item.kind}`)}</span>
        {item.outcome === 'MISSED' ? <span className="badge missed">{t('outcome.MISSED')}</span> : null}
        {item.purpose ? (
          <span className="badge purpose" data-purpose={item.purpose}>
            {t(`purpose.${item.purpose}`)}
          </span>
        ) : null}
        <time dateTime={item.occurredAt}>{formatDateTime(item.occurredAt, lang)}</time>
        {item.durationSeconds !== null && item.durationSeconds !== undefined && item.durationSeconds > 0 ? (
          <span className="muted">{formatDuration(item.durationSeconds)}</span>
        ) : null}
        {item.agent ? <span className="muted">{item.agent.displayName}</span> : null}
        {item.phone ? <span className="muted mono">{item.phone}</span> : null}
      </div>
      {item.summary ? (
        <p className="tl-summary pre-wrap">{item.summary}</p>
      ) : awaitingWrapUp ? (
        <p className="tl-summary muted">{t('timeline.awaitingWrapUp')}</p>
      ) : null}
      {item.followUpOn ? (
        <p className="tl-follow small">
          {t('timeline.followUpOn', { date: item.followUpOn })}
          {item.followUpDoneAt ? <span className="done"> · {t('timeline.followUpDone')}</span> : null}
        </p>
      ) : null}
    </li>
  );
}
