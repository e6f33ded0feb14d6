import { LookupSearch } from '../../customers/components/LookupSearch';
import { useI18n } from '../../i18n';
import { useCallCentre } from '../CallCentre';
import { CallCard } from '../components/CallCard';
import { FeedPanel } from '../components/FeedPanel';
import { PendingWrapUps, SideLists } from '../components/SideLists';

/**
 * The agents' home: the search box, the call on screen (banner, then the
 * caller's card) and a side column with the live feed, calls still to wrap
 * up, today's call-backs and recent calls.
 */
export function ConsolePage() {
  const { t } = useI18n();
  const { current, extension } = useCallCentre();
  return (
    <main className="page console" id="main">
      <h1 className="visually-hidden">{t('console.title')}</h1>
      <div className="console-main">
        <LookupSearch collapseKey={current?.callId ?? null} />
        {current ? (
          <CallCard key={current.callId} call={current} />
        ) : (
          <p className="console-idle muted small" data-testid="console-idle">
            {extension ? t('console.waiting', { extension }) : t('console.bindFirst')}
          </p>
        )}
      </div>
      <aside className="console-side" aria-label={t('console.side')}>
        <FeedPanel />
        <PendingWrapUps />
        <SideLists />
      </aside>
    </main>
  );
}
