import type { CardStatus, MemberTier } from '../../gql/graphql';
import { useI18n } from '../../i18n';

export function TierBadge({ tier }: { tier: MemberTier }) {
  const { t } = useI18n();
  return (
    <span className={`badge tier-${tier.toLowerCase()}`} data-testid="membership-tier">
      {t(`memberTier.${tier}`)}
    </span>
  );
}

export function CardStatusBadge({ status }: { status: CardStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge card-status-${status.toLowerCase()}`} data-testid="membership-status">
      {t(`cardStatus.${status}`)}
    </span>
  );
}
