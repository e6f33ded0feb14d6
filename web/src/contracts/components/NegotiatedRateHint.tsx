// At registration: the negotiated rate of the guest's employer (an ACTIVE contract in force today) for the
// chosen room type, with one click to use it. Registration itself does not change.
import { useEffect, useState } from 'react';
import { execute, isAbortError } from '../../api/client';
import type { NegotiatedRatesQuery as NegotiatedRatesResult } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { formatFen } from '../../ui/format';
import { useDebounced } from '../../ui/useDebounced';
import { NegotiatedRatesQuery } from '../operations';

type Rate = NegotiatedRatesResult['negotiatedRates'][number];

export function NegotiatedRateHint({ employer, roomType, onUse }: { employer: string; roomType: string; onUse: (yuan: string) => void }) {
  const { t } = useI18n();
  const settled = useDebounced(employer.trim(), 300);
  const [found, setFound] = useState<{ employer: string; rates: Rate[] }>({ employer: '', rates: [] });

  useEffect(() => {
    if (!settled) return;
    const controller = new AbortController();
    execute(NegotiatedRatesQuery, { employer: settled }, { signal: controller.signal })
      .then((d) => setFound({ employer: settled, rates: d.negotiatedRates }))
      .catch((err: unknown) => {
        if (!isAbortError(err)) setFound({ employer: settled, rates: [] });
      });
    return () => controller.abort();
  }, [settled]);

  const rates = settled && found.employer === settled ? found.rates : [];
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
