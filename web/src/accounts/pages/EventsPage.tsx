// /events — the hotel's events (tastings, open days, wedding fairs): the latest 100 (all hotelEvents
// gives), narrowed by name as you type, and a new event; /events/:id — one event's guests, whether
// they bought and the revisit calls recording them made, and the form to record another guest.
import { useMemo, useState, type FormEvent } from 'react';
import { execute } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { apiErrorText } from '../../api/userErrors';
import { useI18n } from '../../i18n';
import { Link, navigate } from '../../router';
import { ErrorBanner, Field, controlProps } from '../../ui/Field';
import { useFormErrors } from '../../ui/useFormErrors';
import { RecordAttendanceForm } from '../components/RecordAttendanceForm';
import { CreateEventMutation, HotelEventQuery, HotelEventsQuery } from '../operations';

const EVENT_FIELDS: ReadonlySet<string> = new Set(['name', 'heldOn']);

export function EventsPage() {
  const { t } = useI18n();
  const { data, error } = useQuery(HotelEventsQuery, {});
  const [filter, setFilter] = useState('');
  const events = useMemo(() => {
    const words = filter.trim().toLowerCase();
    const all = data?.hotelEvents ?? [];
    return words ? all.filter((e) => e.name.toLowerCase().includes(words) || e.heldOn.includes(words)) : all;
  }, [data, filter]);

  return (
    <main className="page events-page" id="main">
      <h1>{t('acct.events.title')}</h1>
      <div className="events-layout">
        <section className="panel" aria-labelledby="events-list-title" data-testid="events-list">
          <h2 id="events-list-title">{t('acct.events.list')}</h2>
          <div className="field">
            <label htmlFor="events-filter">{t('acct.events.filter')}</label>
            <input id="events-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
          </div>
          {error ? <ErrorBanner messages={[apiErrorText(error, t)]} /> : null}
          {!data && !error ? <p className="muted">{t('app.loading')}</p> : null}
          {data && events.length === 0 ? <p className="muted">{t('acct.events.none')}</p> : null}
          {events.length > 0 ? (
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('acct.events.heldOn')}</th>
                  <th scope="col">{t('acct.events.name')}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((e) => (
                  <tr key={e.id} data-testid={`event-row-${e.id}`}>
                    <td className="mono">{e.heldOn}</td>
                    <td>
                      <Link to={`/events/${e.id}`}>{e.name}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <p className="muted small">{t('acct.events.latest')}</p>
        </section>
        <CreateEventForm />
      </div>
    </main>
  );
}

function CreateEventForm() {
  const { t } = useI18n();
  const { errors, general, formRef, clear, check, showUserErrors, showFailure } = useFormErrors();
  const [name, setName] = useState('');
  const [heldOn, setHeldOn] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const required = t('errorCode.REQUIRED');
    const local: Record<string, string> = {};
    if (!name.trim()) local.name = required;
    if (!heldOn) local.heldOn = required;
    if (!check(local)) return;
    setBusy(true);
    try {
      const d = await execute(CreateEventMutation, { input: { name, heldOn } });
      const { event: created, errors: refused } = d.createEvent;
      if (refused.length || !created) showUserErrors(refused, EVENT_FIELDS);
      // Next comes the guest list: straight to the new event's page.
      else navigate(`/events/${created.id}`);
    } catch (err) {
      showFailure(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel" ref={formRef} onSubmit={(e) => void submit(e)} noValidate data-testid="create-event-form">
      <h2>{t('acct.events.new')}</h2>
      <ErrorBanner messages={general} />
      <Field id="event-name" label={t('acct.events.name')} error={errors.name} required hint={t('acct.events.nameHint')} hintId="event-name-hint">
        <input
          {...controlProps('event-name', errors.name, 'event-name-hint')}
          value={name}
          maxLength={128}
          onChange={(e) => {
            setName(e.target.value);
            clear('name');
          }}
        />
      </Field>
      <Field id="event-heldOn" label={t('acct.events.heldOn')} error={errors.heldOn} required>
        <input
          {...controlProps('event-heldOn', errors.heldOn)}
          type="date"
          value={heldOn}
          onChange={(e) => {
            setHeldOn(e.target.value);
            clear('heldOn');
          }}
        />
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        {t('acct.events.create')}
      </button>
    </form>
  );
}

export function EventPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, error, reload } = useQuery(HotelEventQuery, { id });
  const event = data ? (data.hotelEvent ?? null) : undefined;

  return (
    <main className="page event-page" id="main">
      <p>
        <Link to="/events">{t('acct.events.title')}</Link>
      </p>
      {error ? <ErrorBanner messages={[apiErrorText(error, t)]} /> : null}
      {event === undefined && !error ? <p className="muted">{t('app.loading')}</p> : null}
      {event === null ? <p className="empty">{t('app.notFound')}</p> : null}
      {event ? (
        <>
          <h1 data-testid="event-title">
            {event.name} <span className="muted mono">{event.heldOn}</span>
          </h1>
          <div className="events-layout">
            <section className="panel" aria-labelledby="guests-title" data-testid="event-guests">
              <h2 id="guests-title">
                {t('acct.events.guests')} <span className="count">{event.attendances.length}</span>
              </h2>
              {event.attendances.length === 0 ? <p className="muted">{t('acct.events.noGuests')}</p> : null}
              {event.attendances.length > 0 ? (
                <table className="data">
                  <thead>
                    <tr>
                      <th scope="col">{t('acct.events.guest')}</th>
                      <th scope="col">{t('acct.events.bought')}</th>
                      <th scope="col">{t('acct.events.revisits')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {event.attendances.map((a) => (
                      <tr key={a.id} data-testid={`guest-${a.customer?.id ?? a.id}`}>
                        <td>{a.customer ? <Link to={`/customers/${a.customer.id}`}>{a.customer.name}</Link> : '—'}</td>
                        <td>{a.purchased ? t('common.yes') : t('common.no')}</td>
                        <td>
                          {a.revisitTasks.length === 0
                            ? '—'
                            : a.revisitTasks.map((task) => (
                                <span key={task.id} className={`revisit revisit-${task.status}`}>
                                  {task.dueOn}
                                  {task.status !== 'OPEN' ? ` (${t(`followUpStatus.${task.status}`)})` : ''}{' '}
                                </span>
                              ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </section>
            <section className="panel" aria-labelledby="record-title">
              <h2 id="record-title">{t('acct.events.recordTitle')}</h2>
              <RecordAttendanceForm eventId={event.id} onDone={reload} />
            </section>
          </div>
        </>
      ) : null}
    </main>
  );
}
