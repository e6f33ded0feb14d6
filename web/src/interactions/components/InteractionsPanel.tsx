import type { CustomerCardFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { LogInteractionForm, type LogDraft, type LoggableKind } from './LogInteractionForm';
import { Timeline } from './Timeline';

interface Props {
  customer: CustomerCardFragment;
  /** Bumped whenever an interaction was added anywhere: the timeline asks again. */
  version: number;
  log: { draft: LogDraft; focus: number } | null;
  status: string;
  onOpenLog: () => void;
  onDraft: (patch: Partial<LogDraft>) => void;
  onCloseLog: () => void;
  onSaved: (kind: LoggableKind) => void;
}

/** The interaction timeline, with the form that logs a contact by hand above it. */
export function InteractionsPanel({ customer, version, log, status, onOpenLog, onDraft, onCloseLog, onSaved }: Props) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="interactions-title" data-testid="interactions-panel">
      <div className="panel-head">
        <h2 id="interactions-title">{t('card.interactions')}</h2>
        {!log ? (
          <button type="button" className="small" onClick={onOpenLog} data-testid="log-open">
            {t('log.open')}
          </button>
        ) : null}
      </div>
      <p className="action-status" role="status">
        {status}
      </p>
      {log ? (
        <LogInteractionForm
          customerId={customer.id}
          phones={customer.phones}
          draft={log.draft}
          focusKey={log.focus}
          onDraft={onDraft}
          onClose={onCloseLog}
          onSaved={onSaved}
        />
      ) : null}
      <Timeline customerId={customer.id} version={version} />
    </section>
  );
}
