import { useState, type FormEvent } from 'react';
import { execute } from '../../api/client';
import { apiErrorText, splitUserErrors, type FieldErrors } from '../../api/userErrors';
import type { CustomerCardFragment, CustomerStatus, UpdateCustomerInput } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorBanner, Field, controlProps } from '../../ui/Field';
import { UpdateCustomerMutation } from '../operations';

const STATUSES: CustomerStatus[] = ['PROSPECT', 'ACTIVE', 'DORMANT', 'LOST', 'UNSUITABLE'];
const NEEDS_REASON: ReadonlySet<CustomerStatus> = new Set(['LOST', 'UNSUITABLE']);

interface Draft {
  name: string;
  nameEn: string;
  email: string;
  notes: string;
  status: CustomerStatus;
  statusReason: string;
}
type DraftKey = keyof Draft;
const FIELDS = new Set<string>(['name', 'nameEn', 'email', 'notes', 'status', 'statusReason']);

function draftOf(c: CustomerCardFragment): Draft {
  return {
    name: c.name,
    nameEn: c.nameEn ?? '',
    email: c.email ?? '',
    notes: c.notes ?? '',
    status: c.status,
    statusReason: c.statusReason ?? '',
  };
}

interface Props {
  customer: CustomerCardFragment;
  onSaved: (customer: CustomerCardFragment) => void;
  onCancel: () => void;
  /** Fetches the current record (after a CONFLICT); null when it is gone. */
  reload: () => Promise<CustomerCardFragment | null>;
}

export function EditCustomerForm({ customer, onSaved, onCancel, reload }: Props) {
  const { t, lang } = useI18n();
  // `base` is what the user started from: its version goes out as
  // expectedVersion, and only fields that differ from it are sent.
  const [base, setBase] = useState(() => ({ version: customer.version, values: draftOf(customer) }));
  const [draft, setDraft] = useState<Draft>(() => draftOf(customer));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);

  const set = (key: DraftKey) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const reloadLatest = async () => {
    setBusy(true);
    try {
      const latest = await reload();
      if (latest) {
        const fresh = draftOf(latest);
        // Keep what the user changed; fields they left alone take the newer values.
        setDraft((current) => {
          const merged = { ...current };
          for (const key of Object.keys(fresh) as DraftKey[]) {
            if (current[key] === base.values[key]) Object.assign(merged, { [key]: fresh[key] });
          }
          return merged;
        });
        setBase({ version: latest.version, values: fresh });
        setConflict(false);
        setGeneral([]);
      }
    } catch (err) {
      setGeneral([apiErrorText(err, t)]);
    } finally {
      setBusy(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const local: FieldErrors = {};
    if (!draft.name.trim()) local.name = t('errorCode.REQUIRED');
    if (NEEDS_REASON.has(draft.status) && draft.status !== base.values.status && !draft.statusReason.trim()) {
      local.statusReason = t('errorCode.REQUIRED');
    }
    setFieldErrors(local);
    setGeneral([]);
    if (Object.keys(local).length > 0) return;

    const input: UpdateCustomerInput = { id: customer.id, expectedVersion: base.version };
    const optional = (v: string) => (v.trim() ? v.trim() : null);
    if (draft.name.trim() !== base.values.name) input.name = draft.name.trim();
    if (draft.nameEn !== base.values.nameEn) input.nameEn = optional(draft.nameEn);
    if (draft.email !== base.values.email) input.email = optional(draft.email);
    if (draft.notes !== base.values.notes) input.notes = draft.notes.trim() ? draft.notes : null;
    if (draft.status !== base.values.status || draft.statusReason !== base.values.statusReason) {
      input.status = draft.status;
      input.statusReason = optional(draft.statusReason);
    }
    if (Object.keys(input).length === 2) {
      onCancel();
      return;
    }

    setBusy(true);
    try {
      const { updateCustomer } = await execute(UpdateCustomerMutation, { input });
      if (updateCustomer.errors.length === 0 && updateCustomer.customer) {
        onSaved(updateCustomer.customer);
        return;
      }
      setConflict(updateCustomer.errors.some((e) => e.code === 'CONFLICT'));
      const split = splitUserErrors(
        updateCustomer.errors.filter((e) => e.code !== 'CONFLICT'),
        FIELDS,
        lang,
        t,
      );
      setFieldErrors(split.fields);
      setGeneral(split.general.length === 0 && Object.keys(split.fields).length > 0 ? [t('edit.fixErrors')] : split.general);
    } catch (err) {
      setGeneral([apiErrorText(err, t)]);
    } finally {
      setBusy(false);
    }
  };

  const needsReason = NEEDS_REASON.has(draft.status);
  return (
    <form className="panel edit-form" onSubmit={submit} noValidate aria-labelledby="edit-title" data-testid="edit-form">
      <h2 id="edit-title">{t('edit.title')}</h2>
      {conflict ? (
        <div className="banner banner-warning" role="alert" data-testid="conflict">
          <p>{t('edit.conflict')}</p>
          <button type="button" onClick={reloadLatest} disabled={busy}>
            {t('edit.reloadLatest')}
          </button>
        </div>
      ) : null}
      <ErrorBanner messages={general} />
      <div className="grid-2">
        <Field id="edit-name" label={t('field.name')} error={fieldErrors.name} required>
          <input
            {...controlProps('edit-name', fieldErrors.name)}
            autoFocus
            maxLength={100}
            value={draft.name}
            onChange={(e) => set('name')(e.target.value)}
          />
        </Field>
        <Field id="edit-nameEn" label={t('field.nameEn')} error={fieldErrors.nameEn}>
          <input
            {...controlProps('edit-nameEn', fieldErrors.nameEn)}
            maxLength={100}
            value={draft.nameEn}
            onChange={(e) => set('nameEn')(e.target.value)}
          />
        </Field>
        <Field id="edit-email" label={t('field.email')} error={fieldErrors.email}>
          <input
            {...controlProps('edit-email', fieldErrors.email)}
            type="email"
            value={draft.email}
            onChange={(e) => set('email')(e.target.value)}
          />
        </Field>
        <Field id="edit-status" label={t('field.status')} error={fieldErrors.status}>
          <select
            {...controlProps('edit-status', fieldErrors.status)}
            value={draft.status}
            onChange={(e) => set('status')(e.target.value)}
          >
            {(STATUSES.includes(base.values.status) ? STATUSES : [base.values.status, ...STATUSES]).map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {needsReason || draft.statusReason ? (
        <Field
          id="edit-statusReason"
          label={t('field.statusReason')}
          error={fieldErrors.statusReason}
          hint={t('edit.statusReasonHint')}
          hintId="edit-statusReason-hint"
          required={needsReason}
        >
          <input
            {...controlProps('edit-statusReason', fieldErrors.statusReason, 'edit-statusReason-hint')}
            maxLength={500}
            value={draft.statusReason}
            onChange={(e) => set('statusReason')(e.target.value)}
          />
        </Field>
      ) : null}
      <Field id="edit-notes" label={t('field.notes')} error={fieldErrors.notes}>
        <textarea
          {...controlProps('edit-notes', fieldErrors.notes)}
          rows={4}
          value={draft.notes}
          onChange={(e) => set('notes')(e.target.value)}
          onKeyDown={(e) => {
            // Enter makes a new line in notes; Ctrl/⌘+Enter saves.
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) e.currentTarget.form?.requestSubmit();
          }}
        />
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('edit.saving') : t('edit.save')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
