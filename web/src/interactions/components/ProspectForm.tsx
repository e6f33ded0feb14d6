import { useEffect, useRef, useState, type FormEvent } from 'react';
import { execute } from '../../api/client';
import type { FieldErrors } from '../../api/userErrors';
import { CreateCustomerMutation } from '../../customers/operations';
import { newIdempotencyKey } from '../../frontdesk/registration';
import type { CustomerKind, Gender } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorBanner, Field, controlProps } from '../../ui/Field';
import { isTyping } from '../../ui/keys';
import { useFormErrors } from '../../ui/useFormErrors';
import type { CallerMatch } from '../calls';

interface Draft {
  kind: CustomerKind;
  name: string;
  phone: string;
  gender: Gender | '';
  notes: string;
}

const FIELDS: ReadonlySet<string> = new Set(['kind', 'name', 'phone', 'gender', 'notes']);
/** createCustomer names the first phone "phones.0.number". */
const alias = (key: string) => (key.startsWith('phones') ? 'phone' : key);
// Where the record came from, as the archive's channel field says it.
const CHANNEL = '电话';

/** A caller the archive does not know: name and the number already filled in, one Enter to create. */
export function ProspectForm({ callId, phone, onCreated }: { callId: string; phone: string; onCreated: (c: CallerMatch) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>({ kind: 'INDIVIDUAL', name: '', phone, gender: '', notes: '' });
  const { errors, general, formRef, clear, check, showUserErrors, showFailure } = useFormErrors();
  const [busy, setBusy] = useState(false);
  // One key per input: a retry after a lost answer does not create the customer twice.
  const attempt = useRef<{ key: string; body: string } | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // Straight to the name, unless the agent is typing somewhere else.
    if (!isTyping(document.activeElement)) nameRef.current?.focus();
  }, [callId]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    clear(key);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const local: FieldErrors = {};
    if (!draft.name.trim()) local.name = t('errorCode.REQUIRED');
    if (!check(local)) return;
    const input = {
      kind: draft.kind,
      name: draft.name.trim(),
      phones: draft.phone.trim() ? [{ number: draft.phone.trim() }] : null,
      gender: draft.kind === 'INDIVIDUAL' && draft.gender ? draft.gender : null,
      notes: draft.notes.trim() || null,
      channel: CHANNEL,
    };
    const body = JSON.stringify(input);
    if (attempt.current?.body !== body) attempt.current = { key: newIdempotencyKey(), body };
    setBusy(true);
    try {
      const { createCustomer } = await execute(CreateCustomerMutation, {
        input: { ...input, idempotencyKey: attempt.current.key },
      });
      if (createCustomer.errors.length === 0 && createCustomer.customer) {
        onCreated(createCustomer.customer);
        return;
      }
      showUserErrors(createCustomer.errors, FIELDS, alias);
    } catch (err) {
      showFailure(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      ref={formRef}
      className="panel prospect-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="prospect-title"
      data-testid="prospect-form"
    >
      <h2 id="prospect-title">{t('prospect.title')}</h2>
      <p className="muted small">{t('prospect.hint')}</p>
      <ErrorBanner messages={general} />
      <div className="prospect-grid">
        <Field id="prospect-kind" label={t('field.kind')} error={errors.kind}>
          <select
            {...controlProps('prospect-kind', errors.kind)}
            value={draft.kind}
            onChange={(e) => set('kind', e.target.value as CustomerKind)}
          >
            <option value="INDIVIDUAL">{t('kind.INDIVIDUAL')}</option>
            <option value="CORPORATE">{t('kind.CORPORATE')}</option>
          </select>
        </Field>
        <Field id="prospect-name" label={t('field.name')} error={errors.name} required>
          <input
            {...controlProps('prospect-name', errors.name)}
            ref={nameRef}
            maxLength={100}
            autoComplete="off"
            value={draft.name}
            onChange={(e) => set('name', e.target.value)}
          />
        </Field>
        <Field id="prospect-phone" label={t('field.phone')} error={errors.phone}>
          <input
            {...controlProps('prospect-phone', errors.phone)}
            autoComplete="off"
            value={draft.phone}
            onChange={(e) => set('phone', e.target.value)}
          />
        </Field>
        {draft.kind === 'INDIVIDUAL' ? (
          <Field id="prospect-gender" label={t('field.gender')} error={errors.gender}>
            <select
              {...controlProps('prospect-gender', errors.gender)}
              value={draft.gender}
              onChange={(e) => set('gender', e.target.value as Gender | '')}
            >
              <option value="">{t('edit.notSet')}</option>
              <option value="FEMALE">{t('gender.FEMALE')}</option>
              <option value="MALE">{t('gender.MALE')}</option>
            </select>
          </Field>
        ) : null}
        <Field id="prospect-notes" label={t('field.notes')} error={errors.notes} className="span-all">
          <input
            {...controlProps('prospect-notes', errors.notes)}
            maxLength={2000}
            autoComplete="off"
            value={draft.notes}
            onChange={(e) => set('notes', e.target.value)}
          />
        </Field>
      </div>
      <div className="actions tight">
        <button type="submit" className="primary" disabled={busy} data-testid="prospect-save">
          {busy ? t('prospect.saving') : t('prospect.save')}
        </button>
      </div>
    </form>
  );
}
