import type { CustomerSummaryFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { KindBadge, StatusBadge } from '../../ui/Badges';
import { maskPhone } from '../../ui/phones';

interface Props {
  customer: CustomerSummaryFragment;
  index: number;
  active: boolean;
  callerMatch: boolean;
  onOpen: () => void;
  onHover: () => void;
}

export function CustomerResult({ customer, index, active, callerMatch, onOpen, onHover }: Props) {
  const { t } = useI18n();
  return (
    <li
      id={`result-${customer.id}`}
      role="option"
      aria-selected={active}
      data-index={index}
      data-customer-id={customer.id}
      className={`result${active ? ' active' : ''}${callerMatch ? ' caller-match' : ''}`}
      onClick={onOpen}
      onMouseMove={onHover}
    >
      <div className="result-names">
        <span className="result-name">{customer.name}</span>
        {customer.nameEn ? <span className="result-name-en">{customer.nameEn}</span> : null}
        <span className="result-pinyin muted">{customer.namePinyin}</span>
      </div>
      <div className="result-phones muted">
        {customer.phones.map((p) => (
          <span key={p.number} className="phone-chip">
            {maskPhone(p.display)}
          </span>
        ))}
      </div>
      <div className="result-badges">
        {callerMatch ? <span className="badge caller">{t('lookup.callerMatches')}</span> : null}
        <KindBadge kind={customer.kind} />
        <StatusBadge status={customer.status} />
      </div>
    </li>
  );
}
