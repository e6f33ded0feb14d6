import type { CustomerKind, CustomerStatus } from '../gql/graphql';
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
