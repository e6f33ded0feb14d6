// At registration: the negotiated rate of the guest's employer (an ACTIVE contract in force today) for the
// chosen room type, with one click to use it. Registration itself does not change.
import { useQuery } from '../../api/useQuery';
import { useI18n } from '../../i18n';
import { formatFen } from '../../ui/format';
import { useDebounced } from '../../ui/useDebounced';
import { NegotiatedRatesQuery } from '../operations';

export function NegotiatedRateHint({ employer, roomType, onUse }: { employer: string; roomType: string; onUse: (yuan: string) => void }) {
  const { t } = useI18n();
  const settled = useDebounced(employer.trim(), 300);
  const { data, stale, error } = useQuery(NegotiatedRatesQuery, { employer: settled }, { skip: !settled });

  const rates = settled && data && !stale && !error ? data.negotiatedRates : [];
  const rate = rates.find((r) => r.roomType === roomType.trim());
  if (!rate) return null;
  return (
    <div className="negotiated-rate" role="status" data-testid="negotiated-rate">
      {t('register.negotiatedRate', {
        rate: formatFen(rate.rate),
        contract: rate.contract.number,
        customer: rate.contract.customer?.name ?? '',
      })}{' '}
      <button type="button" className="link-button" onClick={() => onUse((rate.rate / 100).toFixed(2))}>
        {t('register.useNegotiatedRate')}
      </button>
    </div>
  );
}
