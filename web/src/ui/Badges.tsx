import type { CustomerKind, CustomerStatus, ValueClass } from '../gql/graphql';
import { useI18n } from '../i18n';

export function StatusBadge({ status }: { status: CustomerStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge status-${status.toLowerCase()}`} data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}

export function KindBadge({ kind }: { kind: CustomerKind }) {
  const { t } = useI18n();
  return <span className={`badge kind-${kind.toLowerCase()}`}>{t(`kind.${kind}`)}</span>;
}

/** A customer's value class (performance.valueClass): on the card and in the dashboard's ranking. */
export function ValueClassBadge({ valueClass }: { valueClass: ValueClass }) {
  const { t } = useI18n();
  return (
    <span className={`badge value-${valueClass.toLowerCase()}`} data-value-class={valueClass}>
      {t(`valueClass.${valueClass}`)}
    </span>
  );
}
