// Recording a guest at an event (recordAttendance) and whether they bought. Attending without
// buying makes the revisit calls at once (+3 and +15 days by default): what the server created is
// said under the form, from the payload's revisitTasks. Used on an event's page (the event given,
// the guest searched) and on the customer card (the guest given, the event chosen).
import { useEffect, useState, type FormEvent } from 'react';
import { execute } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import type { EventAttendanceFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorBanner, Field, controlProps } from '../../ui/Field';
import { useFormErrors } from '../../ui/useFormErrors';
import { HotelEventsQuery, RecordAttendanceMutation } from '../operations';
import { CustomerField, type PickedCustomer } from './CustomerPicker';

const FIELDS: ReadonlySet<string> = new Set(['eventId', 'customerId', 'purchased']);

interface Props {
  eventId?: string;
  customer?: PickedCustomer;
  onDone?: (attendance: EventAttendanceFieldsFragment) => void;
}

export function RecordAttendanceForm({ eventId, customer, onDone }: Props) {
  const { t } = useI18n();
  const { errors, general, formRef, clear, check, showUserErrors, showFailure } = useFormErrors();
  const events = useQuery(HotelEventsQuery, {}, { skip: eventId !== undefined });
  const [chosenEvent, setChosenEvent] = useState('');
  const [picked, setPicked] = useState<PickedCustomer | null>(customer ?? null);
  const [purchased, setPurchased] = useState(false);
  const [busy, setBusy] = useState(false);
  const [recorded, setRecorded] = useState<{ name: string; attendance: EventAttendanceFieldsFragment } | null>(null);
  // Each recorded guest starts an empty search box for the next one.
  const [round, setRound] = useState(0);
  const event = eventId ?? chosenEvent;

  // On open, and after each guest, the focus goes to the first control: the next guest is typed at once.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, [formRef, recorded]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const required = t('errorCode.REQUIRED');
    const local: Record<string, string> = {};
    if (!event) local.eventId = required;
    if (!picked) local.customerId = required;
    if (!check(local) || !picked) return;
    setBusy(true);
    setRecorded(null);
    try {
      const d = await execute(RecordAttendanceMutation, { input: { eventId: event, customerId: picked.id, purchased } });
      const { attendance, errors: refused } = d.recordAttendance;
      if (refused.length || !attendance) {
        // With the event given there is no event control: its errors go to the banner.
        showUserErrors(refused, eventId ? new Set(['customerId', 'purchased']) : FIELDS);
        return;
      }
      setRecorded({ name: picked.name, attendance });
      setRound((r) => r + 1);
      if (!customer) setPicked(null);
      setPurchased(false);
      onDone?.(attendance);
    } catch (err) {
      showFailure(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="attendance-form" ref={formRef} onSubmit={(e) => void submit(e)} noValidate data-testid="attendance-form">
      <ErrorBanner messages={general} />
      {eventId ? null : (
        <Field id="attendance-event" label={t('acct.events.event')} error={errors.eventId} required>
          <select
            {...controlProps('attendance-event', errors.eventId)}
            value={chosenEvent}
            onChange={(e) => {
              setChosenEvent(e.target.value);
              clear('eventId');
            }}
          >
            <option value="">{events.data ? t('acct.events.choose') : t('app.loading')}</option>
            {(events.data?.hotelEvents ?? []).map((ev) => (
              <option key={ev.id} value={ev.id}>
                {ev.heldOn} {ev.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      {customer ? null : (
        <CustomerField
          key={round}
          id="attendance-customer"
          label={t('acct.events.guest')}
          value={picked}
          error={errors.customerId}
          onChange={(c) => {
            setPicked(c);
            clear('customerId');
          }}
        />
      )}
      <label className="inline-check">
        <input
          type="checkbox"
          checked={purchased}
          onChange={(e) => setPurchased(e.target.checked)}
          data-testid="attendance-purchased"
        />{' '}
        {t('acct.events.purchased')}
      </label>
      <p className="field-hint">{t('acct.events.purchasedHint')}</p>
      <button type="submit" className="primary" disabled={busy}>
        {t('acct.events.record')}
      </button>
      <div role="status" data-testid="attendance-result">
        {recorded ? <AttendanceOutcome name={recorded.name} attendance={recorded.attendance} /> : null}
      </div>
    </form>
  );
}

/** What recording did: bought (no calls), or the revisit tasks made, or none (the event is long past). */
export function AttendanceOutcome({ name, attendance }: { name: string; attendance: EventAttendanceFieldsFragment }) {
  const { t } = useI18n();
  const open = attendance.revisitTasks.filter((task) => task.status === 'OPEN');
  if (attendance.purchased) return <p className="banner banner-success">{t('acct.events.recordedBought', { name })}</p>;
  if (open.length === 0) return <p className="banner banner-info">{t('acct.events.recordedNoTasks', { name })}</p>;
  return (
    <div className="banner banner-success">
      <p>{t('acct.events.recordedTasks', { name, count: open.length })}</p>
      <ul data-testid="revisit-tasks">
        {open.map((task) => (
          <li key={task.id}>
            {task.dueOn} · {task.owner?.displayName ?? t('acct.events.unassigned')}
          </li>
        ))}
      </ul>
    </div>
  );
}
