import { useRef } from 'react';
import { execute } from '../../api/client';
import type { CustomerCardFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorBanner, Field, controlProps } from '../../ui/Field';
import { AddKeyDateMutation, RemoveKeyDateMutation } from '../operations';
import { ConfirmRemove } from './ConfirmRemove';
import { KEY_DATE_KINDS } from './cardMutations';
import { Suggestions } from './Suggestions';
import { useArchivableList, type LocalError } from './useArchivableList';

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
  const { t } = useI18n();
  const kindRef = useRef<HTMLInputElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);

  const keyDates = customer.keyDates;
  const { form, errors, general, status, busy, listRef, set, onSubmit, onRemove } = useArchivableList<
    typeof emptyForm,
    KeyDate,
    HTMLUListElement
  >({
    items: keyDates,
    emptyForm,
    fields: FIELDS,
    firstInput: kindRef,
    onChange,
    refresh,
    validate: (f) => {
      const local: LocalError<typeof emptyForm>[] = [];
      if (!f.kind.trim()) local.push(['kind', t('errorCode.REQUIRED'), kindRef]);
      // A half-typed date input reports its value as "": say so rather than send nothing.
      if (!f.date) {
        local.push(['date', dateRef.current?.validity.badInput ? t('errorCode.INVALID') : t('errorCode.REQUIRED'), dateRef]);
      }
      return local;
    },
    add: async (f) => {
      const kind = f.kind.trim();
      const { addKeyDate } = await execute(AddKeyDateMutation, {
        input: { customerId: customer.id, kind, date: f.date, note: f.note.trim() || null },
      });
      return { payload: addKeyDate, status: t('keyDate.added', { kind, date: f.date }) };
    },
    remove: async (k) => {
      const { removeKeyDate } = await execute(RemoveKeyDateMutation, { input: { id: k.id } });
      return { payload: removeKeyDate, status: t('keyDate.removed', { kind: k.kind, date: k.date }) };
    },
  });

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
                  onRemove={() => onRemove(k, index)}
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
          onSubmit={onSubmit}
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
