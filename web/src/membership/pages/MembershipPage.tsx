// /membership: find a card by its number (check digit verified before sending) and the
// members whose birthday is today or this week (birthday benefits).
import { useState, type FormEvent } from 'react';
import { execute } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { apiErrorText } from '../../api/userErrors';
import type { MembershipCardFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { ErrorBanner, Field, controlProps } from '../../ui/Field';
import { formatFen } from '../../ui/format';
import { normalizeCardNumber } from '../cardNumber';
import { CardStatusBadge, TierBadge } from '../components/Badges';
import { MemberBirthdaysQuery as BirthdaysDocument, MembershipCardLookupQuery } from '../operations';

type Found = { state: 'idle' } | { state: 'none' } | { state: 'found'; card: MembershipCardFieldsFragment };

export function MembershipPage() {
  const { t } = useI18n();
  const [number, setNumber] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [found, setFound] = useState<Found>({ state: 'idle' });
  const [error, setError] = useState<unknown>(null);

  const lookup = async (event: FormEvent) => {
    event.preventDefault();
    const digits = normalizeCardNumber(number);
    if (!digits) {
      setFieldError(t('membership.error.cardNumber'));
      return;
    }
    setFieldError(null);
    setError(null);
    try {
      const d = await execute(MembershipCardLookupQuery, { cardNumber: digits });
      setFound(d.membershipCard ? { state: 'found', card: d.membershipCard } : { state: 'none' });
    } catch (err) {
      setError(err);
    }
  };

  return (
    <main className="page membership-page">
      <h1>{t('nav.membership')}</h1>
      <form className="inline-form" onSubmit={lookup} noValidate data-testid="membership-lookup">
        <Field id="membership-lookup-number" className="card-lookup-field" label={t('membership.cardNumber')} error={fieldError}>
          <input
            {...controlProps('membership-lookup-number', fieldError)}
            value={number}
            inputMode="numeric"
            autoFocus
            placeholder="8860 0000 0000 0000"
            onChange={(e) => {
              setNumber(e.target.value);
              setFieldError(null);
            }}
          />
        </Field>
        <button type="submit" className="primary">
          {t('membership.lookup')}
        </button>
      </form>
      {error ? <ErrorBanner messages={[apiErrorText(error, t)]} /> : null}
      {found.state === 'none' ? <p className="muted">{t('membership.notFound')}</p> : null}
      {found.state === 'found' ? (
        <section className="panel" data-testid="membership-found">
          <p>
            <TierBadge tier={found.card.tier} /> <CardStatusBadge status={found.card.status} /> {found.card.displayNumber}
          </p>
          <p>
            {found.card.customer ? <Link to={`/customers/${found.card.customer.id}`}>{found.card.customer.name}</Link> : null} ·{' '}
            {t('membership.points')} {found.card.pointsBalance.toLocaleString()} · {t('membership.storedValue')}{' '}
            {formatFen(found.card.storedValueBalance)} · {t('membership.validUntil')} {found.card.validUntil}
          </p>
        </section>
      ) : null}
      <Birthdays />
    </main>
  );
}

function Birthdays() {
  const { t } = useI18n();
  const [days, setDays] = useState(7);
  const { data, stale, error } = useQuery(BirthdaysDocument, { withinDays: days });
  const items = data && !stale ? data.memberBirthdays : null;
  return (
    <section className="panel" aria-labelledby="birthdays-title" data-testid="member-birthdays">
      <h2 id="birthdays-title">{t('membership.birthdays')}</h2>
      <div className="actions tight">
        {[0, 7, 30].map((n) => (
          <button key={n} type="button" aria-pressed={days === n} onClick={() => setDays(n)}>
            {t(n === 0 ? 'membership.birthdays.today' : 'membership.birthdays.within', { days: n })}
          </button>
        ))}
      </div>
      {error ? <ErrorBanner messages={[apiErrorText(error, t)]} /> : null}
      {items === null && !error ? <p className="muted">{t('app.loading')}</p> : null}
      {items && items.length === 0 ? <p className="muted">{t('membership.birthdays.none')}</p> : null}
      {items && items.length > 0 ? (
        <table className="dense">
          <tbody>
            {items.map((b) => (
              <tr key={b.card.id}>
                <td>{b.on}</td>
                <td>
                  <Link to={`/customers/${b.customer.id}`}>{b.customer.name}</Link>
                </td>
                <td>{t('membership.age', { age: b.age })}</td>
                <td>
                  <TierBadge tier={b.card.tier} />
                </td>
                <td>{b.card.displayNumber}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
