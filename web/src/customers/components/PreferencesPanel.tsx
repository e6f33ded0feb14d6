import { useEffect, useRef, useState, type FormEvent } from 'react';
import { execute } from '../../api/client';
import { apiErrorText, type FieldErrors } from '../../api/userErrors';
import type { CustomerCardFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorBanner, Field, controlProps } from '../../ui/Field';
import { AddPreferenceMutation, RemovePreferenceMutation } from '../operations';
import { ConfirmRemove } from './ConfirmRemove';
import { PREFERENCE_CATEGORIES, readPayload } from './cardMutations';
import { Suggestions } from './Suggestions';

type Preference = CustomerCardFragment['preferences'][number];

interface Props {
  customer: CustomerCardFragment;
  canEdit: boolean;
  /** The card takes the customer of a payload as its new state. */
  onChange: (customer: CustomerCardFragment) => void;
  /** Fetches the card again (when a payload has no customer, or the data went stale). */
  refresh: () => Promise<unknown>;
}

const FIELDS: ReadonlySet<string> = new Set(['category', 'value', 'note']);
const emptyForm = { category: '', value: '', note: '' };

export function PreferencesPanel({ customer, canEdit, onChange, refresh }: Props) {
  const { t, lang } = useI18n();
  const [form, setForm] = useState(emptyForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const listRef = useRef<HTMLDListElement>(null);
  const categoryRef = useRef<HTMLInputElement>(null);
  const valueRef = useRef<HTMLInputElement>(null);
  // After a removal, focus goes to the remove button that took its place (or the form).
  const focusAfterRemove = useRef<number | null>(null);

  const prefs = customer.preferences;
  useEffect(() => {
    const index = focusAfterRemove.current;
    if (index === null) return;
    focusAfterRemove.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-remove]') ?? [];
    const next = buttons[Math.min(index, buttons.length - 1)];
    (next ?? categoryRef.current)?.focus();
  }, [prefs]);

  const set = (key: keyof typeof emptyForm) => (value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    if (errors[key]) setErrors(({ [key]: _gone, ...rest }) => rest);
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const local: FieldErrors = {};
    if (!form.category.trim()) local.category = t('errorCode.REQUIRED');
    if (!form.value.trim()) local.value = t('errorCode.REQUIRED');
    setErrors(local);
    setGeneral([]);
    setStatus('');
    if (local.category) {
      categoryRef.current?.focus();
      return;
    }
    if (local.value) {
      valueRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const category = form.category.trim();
      const value = form.value.trim();
      const { addPreference } = await execute(AddPreferenceMutation, {
        input: { customerId: customer.id, category, value, note: form.note.trim() || null },
      });
      const outcome = readPayload(addPreference, FIELDS, lang, t);
      if (outcome.ok) {
        if (outcome.customer) onChange(outcome.customer);
        else await refresh();
        setForm(emptyForm);
        setStatus(t('pref.added', { category, value }));
        categoryRef.current?.focus();
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

  const remove = async (p: Preference, index: number) => {
    setGeneral([]);
    setStatus('');
    try {
      const { removePreference } = await execute(RemovePreferenceMutation, { input: { id: p.id } });
      const outcome = readPayload(removePreference, new Set(), lang, t);
      if (outcome.ok) {
        focusAfterRemove.current = index;
        if (outcome.customer) onChange(outcome.customer);
        else await refresh();
        setStatus(t('pref.removed', { category: p.category, value: p.value }));
      } else {
        setGeneral(outcome.general);
        // Someone else removed it already: show the card as it is now.
        if (outcome.stale) await refresh();
      }
    } catch (err) {
      setGeneral([apiErrorText(err, t)]);
    }
  };

  const byCategory = new Map<string, { p: Preference; index: number }[]>();
  prefs.forEach((p, index) => byCategory.set(p.category, [...(byCategory.get(p.category) ?? []), { p, index }]));

  return (
    <section className="panel" aria-labelledby="prefs-title" data-testid="preferences-panel">
      <h2 id="prefs-title">{t('card.preferences')}</h2>
      {prefs.length === 0 ? (
        <p className="muted">{t('card.noPreferences')}</p>
      ) : (
        <dl className="pref-groups" ref={listRef}>
          {[...byCategory].map(([category, items]) => (
            <div key={category} className="pref-group">
              <dt>{category}</dt>
              <dd>
                {items.map(({ p, index }) => (
                  <span
                    key={p.id}
                    className="chip removable"
                    title={p.note ?? undefined}
                    data-testid="pref-chip"
                    data-category={p.category}
                    data-value={p.value}
                  >
                    <span>{p.value}</span>
                    {p.note ? <span className="muted"> · {p.note}</span> : null}
                    {canEdit ? (
                      <ConfirmRemove
                        item={`${p.category} · ${p.value}`}
                        label={t('pref.remove', { category: p.category, value: p.value })}
                        onRemove={() => remove(p, index)}
                      />
                    ) : null}
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p className="action-status" role="status">
        {status}
      </p>
      {canEdit ? (
        <form className="inline-add" onSubmit={add} noValidate aria-label={t('pref.addTitle')} data-testid="pref-form">
          <ErrorBanner messages={general} />
          <div className="inline-add-row">
            <Field id="pref-category" label={t('pref.category')} error={errors.category} required>
              <input
                {...controlProps('pref-category', errors.category)}
                ref={categoryRef}
                list="pref-category-options"
                maxLength={32}
                autoComplete="off"
                value={form.category}
                onChange={(e) => set('category')(e.target.value)}
              />
            </Field>
            <Field id="pref-value" label={t('pref.value')} error={errors.value} required>
              <input
                {...controlProps('pref-value', errors.value)}
                ref={valueRef}
                maxLength={255}
                autoComplete="off"
                placeholder={t('pref.valuePlaceholder')}
                value={form.value}
                onChange={(e) => set('value')(e.target.value)}
              />
            </Field>
            <Field id="pref-note" label={t('pref.note')} error={errors.note}>
              <input
                {...controlProps('pref-note', errors.note)}
                maxLength={500}
                autoComplete="off"
                value={form.note}
                onChange={(e) => set('note')(e.target.value)}
              />
            </Field>
            <button type="submit" className="primary" disabled={busy}>
              {busy ? t('pref.adding') : t('pref.add')}
            </button>
          </div>
          <Suggestions id="pref-category-options" values={PREFERENCE_CATEGORIES} />
        </form>
      ) : null}
    </section>
  );
}
