import type { ComplaintStatus, Severity } from '../../gql/graphql';
import { useI18n } from '../../i18n';

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useI18n();
  return (
    <span className={`badge severity-${severity.toLowerCase()}`} data-severity={severity}>
      {t(`severity.${severity}`)}
    </span>
  );
}

export function ComplaintStatusBadge({ status }: { status: ComplaintStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge complaint-status-${status.toLowerCase()}`} data-status={status}>
      {t(`complaintStatus.${status}`)}
    </span>
  );
}
