// Managers' alert: escalated complaints (overdue, not yet resolved), loaded at start and
// pushed live over the complaintEscalations subscription.
import { createClient } from 'graphql-ws';
import { useEffect, useState } from 'react';
import { execute, getToken } from '../../api/client';
import type { ComplaintRowFragment, ComplaintEscalationsSubscription } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { feedUrl } from '../../interactions/liveFeed';
import { Link } from '../../router';
import { ComplaintEscalationsSubscription as EscalationsDocument, EscalatedComplaintsQuery } from '../operations';

export function EscalationAlerts() {
  const { t } = useI18n();
  const [items, setItems] = useState<ComplaintRowFragment[]>([]);
  const [hidden, setHidden] = useState(false);

  useEffect(() => {
    let stopped = false;
    execute(EscalatedComplaintsQuery, {})
      .then((d) => {
        if (!stopped) setItems(d.escalatedComplaints);
      })
      .catch(() => undefined);
    const client = createClient({
      url: feedUrl(),
      connectionParams: () => ({ authorization: `Bearer ${getToken() ?? ''}` }),
      retryAttempts: 10,
      lazy: false,
    });
    const stop = client.subscribe<ComplaintEscalationsSubscription>(
      { query: EscalationsDocument.toString() },
      {
        next: (message) => {
          const pushed = message.data?.complaintEscalations;
          if (!pushed) return;
          setHidden(false);
          setItems((prev) => [pushed, ...prev.filter((c) => c.id !== pushed.id)].slice(0, 10));
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    return () => {
      stopped = true;
      stop();
      void client.dispose();
    };
  }, []);

  if (hidden || items.length === 0) return null;
  return (
    <div className="escalation-banner" role="alert" data-testid="escalation-banner">
      <strong>{t('complaints.escalated', { count: items.length })}</strong>
      <ul>
        {items.slice(0, 5).map((c) => (
          <li key={c.id}>
            <Link to={`/complaints/${c.id}`}>
              #{c.id} {c.category ?? ''} · {t(`severity.${c.severity}`)}
            </Link>
          </li>
        ))}
      </ul>
      <Link to="/complaints?overdue=yes">{t('complaints.showOverdue')}</Link>
      <button type="button" className="small" onClick={() => setHidden(true)}>
        {t('common.close')}
      </button>
    </div>
  );
}
