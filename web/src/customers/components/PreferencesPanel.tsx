import { useRef } from 'react';
import { execute } from '../../api/client';
import type { CustomerCardFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorBanner, Field, controlProps } from '../../ui/Field';
import { AddPreferenceMutation, RemovePreferenceMutation } from '../operations';
import { ConfirmRemove } from './ConfirmRemove';
import { PREFERENCE_CATEGORIES } from './cardMutations';
import { Suggestions } from './Suggestions';
import { useArchivableList, type LocalError } from './useArchivableList';

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
  const { t } = useI18n();
  const categoryRef = useRef<HTMLInputElement>(null);
  const valueRef = useRef<HTMLInputElement>(null);

  const prefs = customer.preferences;
  const { form, errors, general, status, busy, listRef, set, onSubmit, onRemove } = useArchivableList<
    typeof emptyForm,
    Preference,
    HTMLDListElement
  >({
    items: prefs,
    emptyForm,
    fields: FIELDS,
    firstInput: categoryRef,
    onChange,
    refresh,
    validate: (f) => {
      const local: LocalError<typeof emptyForm>[] = [];
      if (!f.category.trim()) local.push(['category', t('errorCode.REQUIRED'), categoryRef]);
      if (!f.value.trim()) local.push(['value', t('errorCode.REQUIRED'), valueRef]);
      return local;
    },
    add: async (f) => {
      const category = f.category.trim();
      const value = f.value.trim();
      const { addPreference } = await execute(AddPreferenceMutation, {
        input: { customerId: customer.id, category, value, note: f.note.trim() || null },
      });
      return { payload: addPreference, status: t('pref.added', { category, value }) };
    },
    remove: async (p) => {
      const { removePreference } = await execute(RemovePreferenceMutation, { input: { id: p.id } });
      return { payload: removePreference, status: t('pref.removed', { category: p.category, value: p.value }) };
    },
  });

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
                        onRemove={() => onRemove(p, index)}
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
        <form className="inline-add" onSubmit={onSubmit} noValidate aria-label={t('pref.addTitle')} data-testid="pref-form">
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
