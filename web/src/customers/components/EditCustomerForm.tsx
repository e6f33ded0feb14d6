import { useEffect, useRef, useState, type FormEvent } from 'react';
import { execute } from '../../api/client';
import { apiErrorText, splitUserErrors, type FieldErrors } from '../../api/userErrors';
import type { CustomerCardFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorBanner, Field, controlProps } from '../../ui/Field';
import { saveOnCtrlEnter } from '../../ui/keys';
import { UpdateCustomerMutation } from '../operations';
import {
  ERROR_FIELDS,
  GENDERS,
  MAX_LENGTH,
  NATURES,
  NEEDS_REASON,
  STATUSES,
  addTags,
  appliesTo,
  draftOf,
  errorFieldAlias,
  localErrors,
  mergeDrafts,
  toUpdateInput,
  type DraftKey,
  type IdentityEdit,
  type ProfileDraft,
  type TextField,
} from '../profileDraft';
import { IdDocumentEdit } from './IdDocumentEdit';
import { TagsInput } from './TagsInput';

const NATIONALITIES = ['CN', 'HK', 'MO', 'TW', 'US', 'GB', 'JP', 'KR', 'SG', 'DE', 'FR', 'AU', 'CA', 'RU'];
const PAYMENT_METHODS = ['微信支付', '支付宝', '信用卡', '现金', '挂账', '公司月结'];

interface Props {
  customer: CustomerCardFragment;
  onSaved: (customer: CustomerCardFragment) => void;
  onCancel: () => void;
  /** Fetches the current record (after a CONFLICT); null when it is gone. */
  reload: () => Promise<CustomerCardFragment | null>;
}

export function EditCustomerForm({ customer, onSaved, onCancel, reload }: Props) {
  const { t, lang } = useI18n();
  const kind = customer.kind;
  // `base` is what the user started from: its version goes out as
  // expectedVersion, and only fields that differ from it are sent.
  const [base, setBase] = useState(() => ({ version: customer.version, values: draftOf(customer) }));
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(customer));
  const [tagText, setTagText] = useState('');
  const [identity, setIdentity] = useState<IdentityEdit>({ mode: 'keep' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useRef(false);

  useEffect(() => {
    if (!focusFirstError.current) return;
    focusFirstError.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [fieldErrors]);

  const clearError = (key: string) => {
    if (fieldErrors[key]) setFieldErrors(({ [key]: _gone, ...rest }) => rest);
  };
  const set = (key: DraftKey) => (value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    clearError(key);
  };

  const reloadLatest = async () => {
    setBusy(true);
    try {
      const latest = await reload();
      if (latest) {
        const fresh = draftOf(latest);
        setDraft((current) => mergeDrafts(current, base.values, fresh));
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
    // A tag still in the box counts as typed.
    const final = tagText.trim() ? { ...draft, tags: addTags(draft.tags, tagText) } : draft;
    if (final !== draft) {
      setDraft(final);
      setTagText('');
    }
    const local = localErrors(final, base.values, kind, identity, t);
    focusFirstError.current = true;
    setFieldErrors(local);
    setGeneral([]);
    if (Object.keys(local).length > 0) return;

    const input = toUpdateInput({
      id: customer.id,
      version: base.version,
      kind,
      draft: final,
      base: base.values,
      identity,
    });
    if (!input) {
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
      // Errors go beside the controls on screen; the rest into the banner.
      const shown = new Set(
        [...ERROR_FIELDS].filter((key) =>
          key === 'idNumber' || key === 'idDocumentType'
            ? kind === 'INDIVIDUAL' && identity.mode === 'change'
            : appliesTo(kind, key as DraftKey),
        ),
      );
      const split = splitUserErrors(
        updateCustomer.errors.filter((e) => e.code !== 'CONFLICT'),
        shown,
        lang,
        t,
        errorFieldAlias,
      );
      focusFirstError.current = true;
      setFieldErrors(split.fields);
      setGeneral(split.general.length === 0 && Object.keys(split.fields).length > 0 ? [t('edit.fixErrors')] : split.general);
    } catch (err) {
      setGeneral([apiErrorText(err, t)]);
    } finally {
      setBusy(false);
    }
  };

  /** A one-line text control for a field of the draft. */
  const text = (
    key: TextField,
    opts: { type?: string; className?: string; hint?: string; list?: string; required?: boolean } = {},
  ) => {
    const id = `edit-${key}`;
    const hintId = opts.hint ? `${id}-hint` : undefined;
    return (
      <Field
        id={id}
        label={t(`field.${key}`)}
        error={fieldErrors[key]}
        className={opts.className}
        hint={opts.hint}
        hintId={hintId}
        required={opts.required}
      >
        <input
          {...controlProps(id, fieldErrors[key], hintId)}
          type={opts.type ?? 'text'}
          list={opts.list}
          maxLength={MAX_LENGTH[key]}
          value={draft[key]}
          onChange={(e) => set(key)(e.target.value)}
        />
      </Field>
    );
  };

  const needsReason = NEEDS_REASON.has(draft.status);
  const statuses = STATUSES.includes(base.values.status) ? STATUSES : [base.values.status, ...STATUSES];
  return (
    <form
      ref={formRef}
      className="panel edit-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="edit-title"
      data-testid="edit-form"
    >
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

      <fieldset className="form-section">
        <legend>{t('edit.sectionBasic')}</legend>
        <div className="grid-3">
          <Field id="edit-name" label={t('field.name')} error={fieldErrors.name} required>
            <input
              {...controlProps('edit-name', fieldErrors.name)}
              autoFocus
              maxLength={MAX_LENGTH.name}
              value={draft.name}
              onChange={(e) => set('name')(e.target.value)}
            />
          </Field>
          {text('nameEn')}
          <Field id="edit-status" label={t('field.status')} error={fieldErrors.status}>
            <select
              {...controlProps('edit-status', fieldErrors.status)}
              value={draft.status}
              onChange={(e) => set('status')(e.target.value)}
            >
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          {needsReason || draft.statusReason ? (
            <Field
              id="edit-statusReason"
              label={t('field.statusReason')}
              error={fieldErrors.statusReason}
              hint={t('edit.statusReasonHint')}
              hintId="edit-statusReason-hint"
              required={needsReason}
              className="span-3"
            >
              <input
                {...controlProps('edit-statusReason', fieldErrors.statusReason, 'edit-statusReason-hint')}
                maxLength={MAX_LENGTH.statusReason}
                value={draft.statusReason}
                onChange={(e) => set('statusReason')(e.target.value)}
              />
            </Field>
          ) : null}
          <Field id="edit-nature" label={t('field.nature')} error={fieldErrors.nature}>
            <select
              {...controlProps('edit-nature', fieldErrors.nature)}
              value={draft.nature}
              onChange={(e) => set('nature')(e.target.value)}
            >
              <option value="">{t('edit.notSet')}</option>
              {/* A value the list does not know (older data) stays selectable. */}
              {draft.nature && !(NATURES as readonly string[]).includes(draft.nature) ? (
                <option value={draft.nature}>{draft.nature}</option>
              ) : null}
              {NATURES.map((n) => (
                <option key={n} value={n}>
                  {t(`nature.${n}`)}
                </option>
              ))}
            </select>
          </Field>
          {text('nationality', { list: 'edit-nationality-options', hint: t('edit.nationalityHint') })}
          {text('email', { type: 'email' })}
        </div>
      </fieldset>

      {kind === 'INDIVIDUAL' ? (
        <fieldset className="form-section">
          <legend>{t('edit.sectionPersonal')}</legend>
          <div className="grid-3">
            <Field id="edit-gender" label={t('field.gender')} error={fieldErrors.gender}>
              <select
                {...controlProps('edit-gender', fieldErrors.gender)}
                value={draft.gender}
                onChange={(e) => set('gender')(e.target.value)}
              >
                <option value="">{t('edit.notSet')}</option>
                {GENDERS.map((g) => (
                  <option key={g} value={g}>
                    {t(`gender.${g}`)}
                  </option>
                ))}
              </select>
            </Field>
            {text('birthday', { type: 'date' })}
            {text('employer')}
            {text('residence', { className: 'span-3' })}
          </div>
        </fieldset>
      ) : (
        <fieldset className="form-section">
          <legend>{t('edit.sectionCompany')}</legend>
          <div className="grid-3">
            {text('personInCharge')}
            <Field id="edit-annualRoomVolume" label={t('field.annualRoomVolume')} error={fieldErrors.annualRoomVolume}>
              <input
                {...controlProps('edit-annualRoomVolume', fieldErrors.annualRoomVolume)}
                inputMode="numeric"
                className="num"
                maxLength={9}
                value={draft.annualRoomVolume}
                onChange={(e) => set('annualRoomVolume')(e.target.value)}
              />
            </Field>
            {text('contactFrequency')}
            <Field
              id="edit-businessScope"
              label={t('field.businessScope')}
              error={fieldErrors.businessScope}
              className="span-3"
            >
              <textarea
                {...controlProps('edit-businessScope', fieldErrors.businessScope)}
                rows={2}
                value={draft.businessScope}
                onChange={(e) => set('businessScope')(e.target.value)}
                onKeyDown={saveOnCtrlEnter}
              />
            </Field>
          </div>
        </fieldset>
      )}

      <fieldset className="form-section">
        <legend>{t('edit.sectionContact')}</legend>
        <div className="grid-3">
          {text('address', { className: 'span-2' })}
          {text('postcode')}
          {text('fax')}
          {text('homepage')}
          {text('paymentMethod', { list: 'edit-payment-options' })}
          {text('frontDeskAccount')}
          {text('industry')}
          {text('region')}
          {text('channel')}
        </div>
        <Field
          id="edit-tags"
          label={t('field.tags')}
          error={fieldErrors.tags}
          hint={t('edit.tagsHint')}
          hintId="edit-tags-hint"
        >
          <TagsInput
            id="edit-tags"
            tags={draft.tags}
            text={tagText}
            error={fieldErrors.tags}
            hintId="edit-tags-hint"
            onChange={(tags, typed) => {
              setDraft((d) => ({ ...d, tags }));
              setTagText(typed);
              clearError('tags');
            }}
          />
        </Field>
        <Field
          id="edit-notes"
          label={t('field.notes')}
          error={fieldErrors.notes}
          hint={t('edit.notesHint')}
          hintId="edit-notes-hint"
        >
          <textarea
            {...controlProps('edit-notes', fieldErrors.notes, 'edit-notes-hint')}
            rows={3}
            value={draft.notes}
            onChange={(e) => set('notes')(e.target.value)}
            onKeyDown={saveOnCtrlEnter}
          />
        </Field>
      </fieldset>

      {kind === 'INDIVIDUAL' ? (
        <IdDocumentEdit
          currentType={customer.idDocumentType ?? null}
          currentMasked={customer.idNumberMasked ?? null}
          value={identity}
          errors={fieldErrors}
          onChange={(next) => {
            setIdentity(next);
            clearError('idNumber');
            clearError('idDocumentType');
          }}
          onResidentFacts={(birthday, gender) => setDraft((d) => ({ ...d, birthday, gender }))}
        />
      ) : null}

      <datalist id="edit-nationality-options">
        {NATIONALITIES.map((code) => (
          <option key={code} value={code} />
        ))}
      </datalist>
      <datalist id="edit-payment-options">
        {PAYMENT_METHODS.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>

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
