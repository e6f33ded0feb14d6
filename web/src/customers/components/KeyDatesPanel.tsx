import { useEffect, useRef, useState, type FormEvent } from 'react';
import { execute } from '../../api/client';
import { apiErrorText, type FieldErrors } from '../../api/userErrors';
import type { CustomerCardFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorBanner, Field, controlProps } from '../../ui/Field';
import { AddKeyDateMutation, RemoveKeyDateMutation } from '../operations';
import { ConfirmRemove } from './ConfirmRemove';
import { KEY_DATE_KINDS, readPayload } from './cardMutations';
import { Suggestions } from './Suggestions';

type KeyDate = CustomerCardFragment['keyDates'][number];

interface Props {
  customer: CustomerCardFragment;
  canEdit: boolean;
  onChange: (customer: CustomerCardFragment) => void;
  refresh: () => Promise<unknown>;
}

const FIELDS: ReadonlySet<string> = new Set(['kind', 'date', 'note']);
const emptyForm = { kind: '', date: '', note: '' };

export function KeyDatesPanel({ customer, canEdit, onChange, refresh }: Props) {
  const { t, lang } = useI18n();
  const [form, setForm] = useState(emptyForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const kindRef = useRef<HTMLInputElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const focusAfterRemove = useRef<number | null>(null);

  const keyDates = customer.keyDates;
  useEffect(() => {
    const index = focusAfterRemove.current;
    if (index === null) return;
    focusAfterRemove.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-remove]') ?? [];
    const next = buttons[Math.min(index, buttons.length - 1)];
    (next ?? kindRef.current)?.focus();
  }, [keyDates]);

  const set = (key: keyof typeof emptyForm) => (value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    if (errors[key]) setErrors(({ [key]: _gone, ...rest }) => rest);
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const local: FieldErrors = {};
    if (!form.kind.trim()) local.kind = t('errorCode.REQUIRED');
    // A half-typed date input reports its value as "": say so rather than send nothing.
    if (!form.date) local.date = dateRef.current?.validity.badInput ? t('errorCode.INVALID') : t('errorCode.REQUIRED');
    setErrors(local);
    setGeneral([]);
    setStatus('');
    if (local.kind) {
      kindRef.current?.focus();
      return;
    }
    if (local.date) {
      dateRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const kind = form.kind.trim();
      const { addKeyDate } = await execute(AddKeyDateMutation, {
        input: { customerId: customer.id, kind, date: form.date, note: form.note.trim() || null },
      });
      const outcome = readPayload(addKeyDate, FIELDS, lang, t);
      if (outcome.ok) {
        if (outcome.customer) onChange(outcome.customer);
        else await refresh();
        setForm(emptyForm);
        setStatus(t('keyDate.added', { kind, date: form.date }));
        kindRef.current?.focus();
      } else {
        setErrors(outcome.fields);
        setGeneral(outcome.general);
        if (outcome.stale) await refresh();
      }
    } catch (err) {
      setGeneral([apiErrorText(err, t)]);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (k: KeyDate, index: number) => {
    setGeneral([]);
    setStatus('');
    try {
      const { removeKeyDate } = await execute(RemoveKeyDateMutation, { input: { id: k.id } });
      const outcome = readPayload(removeKeyDate, new Set(), lang, t);
      if (outcome.ok) {
        focusAfterRemove.current = index;
        if (outcome.customer) onChange(outcome.customer);
        else await refresh();
        setStatus(t('keyDate.removed', { kind: k.kind, date: k.date }));
      } else {
        setGeneral(outcome.general);
        if (outcome.stale) await refresh();
      }
    } catch (err) {
      setGeneral([apiErrorText(err, t)]);
    }
  };

  return (
    <section className="panel" aria-labelledby="keydates-title" data-testid="keydates-panel">
      <h2 id="keydates-title">{t('card.keyDates')}</h2>
      {keyDates.length === 0 ? (
        <p className="muted">{t('card.noKeyDates')}</p>
      ) : (
        <ul className="plain key-dates" ref={listRef}>
          {keyDates.map((k, index) => (
            <li key={k.id} data-testid="key-date" data-kind={k.kind} data-date={k.date}>
              <strong className="key-date-date">{k.date}</strong> <span>{k.kind}</span>
              {k.note ? <span className="muted"> — {k.note}</span> : null}
              {canEdit ? (
                <ConfirmRemove
                  item={`${k.kind} ${k.date}`}
                  label={t('keyDate.remove', { kind: k.kind, date: k.date })}
                  onRemove={() => remove(k, index)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p className="action-status" role="status">
        {status}
      </p>
      {canEdit ? (
        <form
          className="inline-add"
          onSubmit={add}
          noValidate
          aria-label={t('keyDate.addTitle')}
          data-testid="keydate-form"
        >
          <ErrorBanner messages={general} />
          <div className="inline-add-row">
            <Field id="keydate-kind" label={t('keyDate.kind')} error={errors.kind} required>
              <input
                {...controlProps('keydate-kind', errors.kind)}
                ref={kindRef}
                list="keydate-kind-options"
                maxLength={32}
                autoComplete="off"
                value={form.kind}
                onChange={(e) => set('kind')(e.target.value)}
              />
            </Field>
            <Field id="keydate-date" label={t('keyDate.date')} error={errors.date} required>
              <input
                {...controlProps('keydate-date', errors.date)}
                ref={dateRef}
                type="date"
                min="1900-01-01"
                value={form.date}
                onChange={(e) => set('date')(e.target.value)}
              />
            </Field>
            <Field id="keydate-note" label={t('keyDate.note')} error={errors.note}>
              <input
                {...controlProps('keydate-note', errors.note)}
                maxLength={255}
                autoComplete="off"
                value={form.note}
                onChange={(e) => set('note')(e.target.value)}
              />
            </Field>
            <button type="submit" className="primary" disabled={busy}>
              {busy ? t('keyDate.adding') : t('keyDate.add')}
            </button>
          </div>
          <Suggestions id="keydate-kind-options" values={KEY_DATE_KINDS} />
        </form>
      ) : null}
    </section>
  );
}
