// The customer card's read-only panels: profile, performance and stays.
import type { ReactNode } from 'react';
import type { CustomerCardFragment } from '../../gql/graphql';
import { isMessageKey, useI18n, type MessageKey } from '../../i18n';
import { ValueClassBadge } from '../../ui/Badges';
import { formatDateTime, formatFen } from '../../ui/format';
import { RevealIdNumber } from './RevealIdNumber';

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children === null || children === undefined || children === '' ? '—' : children}</dd>
    </div>
  );
}

/** A fact shown only when the record has it (the card stays short for the call centre). */
function OptionalFact({ label, value }: { label: string; value: string | null | undefined }) {
  return value ? <Fact label={label}>{value}</Fact> : null;
}

export function ProfilePanel({ customer: c, canReveal }: { customer: CustomerCardFragment; canReveal: boolean }) {
  const { t, lang } = useI18n();
  const text = (v: string | null | undefined) => v ?? '';
  const codeText = (prefix: string, code: string) => {
    const key = `${prefix}.${code}`;
    return isMessageKey(key) ? t(key) : code;
  };
  return (
    <section className="panel" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('card.profile')}</h2>
      <dl className="facts">
        <Fact label={t('field.kind')}>{t(`kind.${c.kind}`)}</Fact>
        {c.kind === 'INDIVIDUAL' ? (
          <>
            <Fact label={t('field.gender')}>{c.gender ? t(`gender.${c.gender}`) : ''}</Fact>
            <Fact label={t('field.birthday')}>{text(c.birthday)}</Fact>
            <Fact label={t('field.idDocumentType')}>
              {c.idDocumentType ? t(`idType.${c.idDocumentType}`) : ''}
            </Fact>
            <Fact label={t('field.idNumber')}>
              {c.idNumberMasked ? (
                <span className="id-number">
                  <code data-testid="id-masked">{c.idNumberMasked}</code>
                  {canReveal ? <RevealIdNumber customerId={c.id} /> : null}
                </span>
              ) : (
                ''
              )}
            </Fact>
            <Fact label={t('field.employer')}>{text(c.employer)}</Fact>
            <OptionalFact label={t('field.residence')} value={c.residence} />
          </>
        ) : (
          <>
            <Fact label={t('field.personInCharge')}>{text(c.personInCharge)}</Fact>
            <Fact label={t('field.annualRoomVolume')}>{c.annualRoomVolume ?? ''}</Fact>
            <OptionalFact label={t('field.contactFrequency')} value={c.contactFrequency} />
          </>
        )}
        <Fact label={t('field.email')}>{text(c.email)}</Fact>
        <Fact label={t('field.address')}>
          {c.address ? <span data-testid="customer-address">{c.address}</span> : ''}
        </Fact>
        <OptionalFact label={t('field.postcode')} value={c.postcode} />
        <OptionalFact label={t('field.fax')} value={c.fax} />
        <OptionalFact label={t('field.homepage')} value={c.homepage} />
        <OptionalFact label={t('field.paymentMethod')} value={c.paymentMethod} />
        <OptionalFact label={t('field.frontDeskAccount')} value={c.frontDeskAccount} />
        <Fact label={t('field.nationality')}>{text(c.nationality)}</Fact>
        <Fact label={t('field.nature')}>{c.nature ? codeText('nature', c.nature) : ''}</Fact>
        <Fact label={t('field.industry')}>{text(c.industry)}</Fact>
        <Fact label={t('field.channel')}>{text(c.channel)}</Fact>
        <Fact label={t('field.region')}>{text(c.region)}</Fact>
        <Fact label={t('card.tags')}>
          {c.tags.length > 0 ? (
            <span data-testid="customer-tags">
              {c.tags.map((tag) => (
                <span key={tag} className="chip">
                  {tag}
                </span>
              ))}
            </span>
          ) : (
            ''
          )}
        </Fact>
        <Fact label={t('card.createdAt')}>{formatDateTime(c.createdAt, lang)}</Fact>
        <Fact label={t('card.updatedAt')}>{formatDateTime(c.updatedAt, lang)}</Fact>
      </dl>
      {c.kind === 'CORPORATE' && c.businessScope ? (
        <div className="business-scope">
          <h3>{t('field.businessScope')}</h3>
          <p className="pre-wrap">{c.businessScope}</p>
        </div>
      ) : null}
      {c.notes ? (
        <div className="notes">
          <h3>{t('field.notes')}</h3>
          <p className="pre-wrap">{c.notes}</p>
        </div>
      ) : null}
    </section>
  );
}

function Stays({ customer }: { customer: CustomerCardFragment }) {
  const { t } = useI18n();
  if (customer.recentStays.length === 0) return <p className="muted">{t('card.noStays')}</p>;
  return (
    <div className="table-scroll">
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('stay.arrival')}</th>
            <th scope="col">{t('stay.departure')}</th>
            <th scope="col" className="num">
              {t('stay.roomNights')}
            </th>
            <th scope="col">{t('stay.roomType')}</th>
            <th scope="col" className="num">
              {t('stay.nightlyRate')}
            </th>
            <th scope="col" className="num">
              {t('stay.roomRevenue')}
            </th>
            <th scope="col">{t('stay.status')}</th>
            <th scope="col">{t('stay.channel')}</th>
            <th scope="col">{t('stay.property')}</th>
          </tr>
        </thead>
        <tbody>
          {customer.recentStays.map((s) => (
            <tr key={s.id}>
              <td>{s.arrival}</td>
              <td>{s.departure}</td>
              <td className="num">{s.roomNights}</td>
              <td>{s.roomType}</td>
              <td className="num">{formatFen(s.nightlyRate)}</td>
              <td className="num">{formatFen(s.roomRevenue)}</td>
              <td>{t(`stayStatus.${s.status}` as MessageKey)}</td>
              <td>{s.channel ?? ''}</td>
              <td>{s.property}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PerformancePanel({ customer: c }: { customer: CustomerCardFragment }) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="perf-title">
      <h2 id="perf-title">{t('card.performance')}</h2>
      <dl className="facts">
        <Fact label={t('perf.roomNights')}>{c.performance.roomNights}</Fact>
        <Fact label={t('perf.adr')}>{formatFen(c.performance.adr)}</Fact>
        <Fact label={t('perf.roomRevenue')}>{formatFen(c.performance.roomRevenue)}</Fact>
        <Fact label={t('perf.otherRevenue')}>{formatFen(c.performance.otherRevenue)}</Fact>
        <Fact label={t('perf.totalRevenue')}>{formatFen(c.performance.totalRevenue)}</Fact>
        <Fact label={t('perf.visits')}>{c.performance.visits}</Fact>
        <Fact label={t('perf.lastVisit')}>{c.performance.lastVisit ?? t('common.none')}</Fact>
        <Fact label={t('perf.valueClass')}>
          <ValueClassBadge valueClass={c.performance.valueClass} />
        </Fact>
      </dl>
    </section>
  );
}

export function StaysPanel({ customer }: { customer: CustomerCardFragment }) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="stays-title">
      <h2 id="stays-title">{t('card.stays')}</h2>
      <Stays customer={customer} />
    </section>
  );
}
