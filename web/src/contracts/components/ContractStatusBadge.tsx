import type { ContractStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n';

/** Contracts ending within this many days are "expiring soon". */
export const SOON_DAYS = 30;

export function ContractStatusBadge({ status }: { status: ContractStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge contract-status contract-${status.toLowerCase()}`} data-status={status}>
      {t(`contractStatus.${status}`)}
    </span>
  );
}
