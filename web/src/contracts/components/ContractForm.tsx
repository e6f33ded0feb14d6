// One form for a new contract and for changing a DRAFT: every field of the input, the server's
// errors beside their fields, and a clear refusal when someone else saved the contract meanwhile.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { execute } from '../../api/client';
import type { ContractRowFragment, UpdateContractInput } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorBanner, Field, controlProps } from '../../ui/Field';
import { saveOnCtrlEnter } from '../../ui/keys';
import { yuanToFen } from '../../ui/format';
import { useFormErrors } from '../../ui/useFormErrors';
import { ContractQuery, CreateContractMutation, UpdateContractMutation } from '../operations';

interface RateDraft {
  roomType: string;
  rate: string;
}

interface ContractDraft {
  customerId: string;
  number: string;
  kind: string;
  startDate: string;
  endDate: string;
  discountPercent: string;
  creditLimit: string;
  paymentTerms: string;
  notes: string;
  rates: RateDraft[];
}
type TextKey = Exclude<keyof ContractDraft, 'rates'>;
/** The fields UpdateContractInput can change (the customer is fixed once the contract exists). */
type TermKey = Exclude<TextKey, 'customerId'>;

const TEXT_FIELDS: readonly TermKey[] = ['number', 'kind', 'startDate', 'endDate', 'discountPercent', 'creditLimit', 'paymentTerms', 'notes'];
const MAX_LENGTH: Partial<Record<TextKey, number>> = { number: 64, kind: 32, paymentTerms: 200, notes: 4000 };
const EMPTY_RATE: RateDraft = { roomType: '', rate: '' };

/** 45000 fen → "450", 45050 → "450.50": what a clerk would type. */
function fenToYuanText(fen: number | null): string {
  if (fen === null) return '';
  const cents = fen % 100;
  return cents === 0 ? String(fen / 100) : (fen / 100).toFixed(2);
}

function emptyDraft(customerId: string): ContractDraft {
  return {
    customerId,
    number: '',
    kind: '',
    startDate: '',
    endDate: '',
    discountPercent: '',
    creditLimit: '',
    paymentTerms: '',
    notes: '',
    rates: [EMPTY_RATE],
  };
}

function draftOf(c: ContractRowFragment): ContractDraft {
  return {
    customerId: c.customer?.id ?? '',
    number: c.number,
    kind: c.kind ?? '',
    startDate: c.startDate,
    endDate: c.endDate,
    discountPercent: c.discountPercent === null || c.discountPercent === undefined ? '' : String(c.discountPercent),
    creditLimit: fenToYuanText(c.creditLimit ?? null),
    paymentTerms: c.paymentTerms ?? '',
    notes: c.notes ?? '',
    rates: c.rates.length ? c.rates.map((r) => ({ roomType: r.roomType, rate: fenToYuanText(r.rate) })) : [EMPTY_RATE],
  };
}

const sameRates = (a: readonly RateDraft[], b: readonly RateDraft[]) =>
  JSON.stringify(a.filter((r) => r.roomType.trim() || r.rate.trim())) === JSON.stringify(b.filter((r) => r.roomType.trim() || r.rate.trim()));

/** After a CONFLICT: what the user changed stays, what they left alone takes the newer value. */
function mergeDrafts(current: ContractDraft, base: ContractDraft, fresh: ContractDraft): ContractDraft {
  const merged: ContractDraft = { ...current };
  for (const key of TEXT_FIELDS) if (current[key] === base[key]) merged[key] = fresh[key];
  if (sameRates(current.rates, base.rates)) merged.rates = fresh.rates;
  return merged;
}

interface Props {
  /** The DRAFT to change; without it the form makes a new contract. */
  contract?: ContractRowFragment;
  /** A new contract's customer, filled in. */
  defaultCustomerId?: string;
  /** The controls' ids start with it: unique per form on the page. */
  idPrefix: string;
  onSaved: (message: string) => void;
  /** Editing: Cancel and Escape close the form. */
  onCancel?: () => void;
}

export function ContractForm({ contract, defaultCustomerId = '', idPrefix, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const editing = contract !== undefined;
  // `base` is what the user started from: its version goes out as expectedVersion and only
  // fields that differ from it are sent.
  const [base, setBase] = useState(() => ({ version: contract?.version ?? 0, values: contract ? draftOf(contract) : emptyDraft(defaultCustomerId) }));
  const [draft, setDraft] = useState<ContractDraft>(base.values);
  const [conflict, setConflict] = useState(false);
  // After a conflict the latest version turned out not to be a DRAFT any more (activated meanwhile).
  const [gone, setGone] = useState(false);
  const [busy, setBusy] = useState(false);
  const { errors, general, formRef, clear, check, showUserErrors, showFailure, reset } = useFormErrors();
  const firstRef = useRef<HTMLInputElement>(null);
  const id = (key: string) => `${idPrefix}-${key}`;
  // The first room type keeps the plain ids (…-roomType, …-rate); more rows get …-roomType-1, …
  const rateId = (key: keyof RateDraft, index: number) => (index === 0 ? id(key) : id(`${key}-${index}`));

  useEffect(() => {
    if (editing) firstRef.current?.focus();
  }, [editing]);

  const set = (key: TextKey) => (value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    clear(key);
  };
  const setRate = (index: number, key: keyof RateDraft) => (value: string) => {
    setDraft((d) => ({ ...d, rates: d.rates.map((r, i) => (i === index ? { ...r, [key]: value } : r)) }));
    clear(`rates.${index}.${key}`);
  };
  const removeRate = (index: number) => {
    setDraft((d) => ({ ...d, rates: d.rates.length > 1 ? d.rates.filter((_, i) => i !== index) : [EMPTY_RATE] }));
    reset();
  };

  const reloadLatest = async () => {
    if (!contract) return;
    setBusy(true);
    try {
      const latest = (await execute(ContractQuery, { id: contract.id })).contract;
      if (!latest || latest.status !== 'DRAFT') {
        setGone(true);
        return;
      }
      const fresh = draftOf(latest);
      setDraft((current) => mergeDrafts(current, base.values, fresh));
      setBase({ version: latest.version, values: fresh });
      setConflict(false);
      reset();
    } catch (err) {
      showFailure(err);
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const local: Record<string, string> = {};
    const required: readonly TextKey[] = editing ? ['number', 'startDate', 'endDate'] : ['customerId', 'number', 'startDate', 'endDate'];
    for (const key of required) if (!draft[key].trim()) local[key] = t('errorCode.REQUIRED');
    // Rows left empty are not sent; the server's "rates.<n>" counts only the rows sent.
    const rates: { roomType: string; rate: number }[] = [];
    const rowOfSent: number[] = [];
    draft.rates.forEach((row, index) => {
      if (!row.rate.trim() && !row.roomType.trim()) return;
      const fen = yuanToFen(row.rate);
      if (fen === null) local[`rates.${index}.rate`] = t('errorCode.INVALID');
      if (!row.roomType.trim()) local[`rates.${index}.roomType`] = t('errorCode.REQUIRED');
      if (fen !== null && row.roomType.trim()) {
        rowOfSent.push(index);
        rates.push({ roomType: row.roomType.trim(), rate: fen });
      }
    });
    const credit = draft.creditLimit.trim() ? yuanToFen(draft.creditLimit) : null;
    if (draft.creditLimit.trim() && credit === null) local.creditLimit = t('errorCode.INVALID');
    const discount = draft.discountPercent.trim() ? Number(draft.discountPercent) : null;
    if (discount !== null && Number.isNaN(discount)) local.discountPercent = t('errorCode.INVALID');
    if (!check(local)) return;

    const values = {
      number: draft.number.trim(),
      kind: draft.kind.trim() || null,
      startDate: draft.startDate,
      endDate: draft.endDate,
      discountPercent: discount,
      creditLimit: credit,
      paymentTerms: draft.paymentTerms.trim() || null,
      notes: draft.notes.trim() || null,
    };
    let update: UpdateContractInput | null = null;
    if (contract) {
      update = { id: contract.id, expectedVersion: base.version };
      for (const key of TEXT_FIELDS) if (draft[key] !== base.values[key]) Object.assign(update, { [key]: values[key] });
      if (!sameRates(draft.rates, base.values.rates)) update.rates = rates;
      if (Object.keys(update).length === 2) {
        onCancel?.();
        return;
      }
    }
    setBusy(true);
    try {
      const payload = update
        ? (await execute(UpdateContractMutation, { input: update })).updateContract
        : (await execute(CreateContractMutation, { input: { customerId: draft.customerId.trim(), ...values, rates } })).createContract;
      if (payload.errors.length) {
        setConflict(payload.errors.some((err) => err.code === 'CONFLICT'));
        const fields = new Set<string>([...TEXT_FIELDS, 'customerId']);
        draft.rates.forEach((_, i) => {
          fields.add(`rates.${i}.roomType`);
          fields.add(`rates.${i}.rate`);
        });
        const alias = (key: string) => {
          const sent = /^rates\.(\d+)\.(roomType|rate)$/.exec(key);
          return sent ? `rates.${rowOfSent[Number(sent[1])] ?? sent[1]}.${sent[2]}` : key;
        };
        showUserErrors(
          payload.errors.filter((err) => err.code !== 'CONFLICT'),
          fields,
          alias,
        );
        return;
      }
      const number = payload.contract?.number ?? values.number;
      if (!contract) {
        setDraft(emptyDraft(defaultCustomerId));
        reset();
      }
      onSaved(t(contract ? 'contracts.saved' : 'contracts.created', { number }));
    } catch (err) {
      showFailure(err);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape' && onCancel) {
      e.preventDefault();
      onCancel();
    }
  };

  const input = (key: TextKey, label: string, opts: { type?: string; required?: boolean; decimal?: boolean } = {}) => (
    <Field id={id(key)} label={label} error={errors[key]} required={opts.required}>
      <input
        {...controlProps(id(key), errors[key])}
        ref={key === 'number' ? firstRef : undefined}
        type={opts.type ?? 'text'}
        inputMode={opts.decimal ? 'decimal' : undefined}
        maxLength={MAX_LENGTH[key]}
        value={draft[key]}
        onChange={(e) => set(key)(e.target.value)}
      />
    </Field>
  );

  const titleId = id('title');
  return (
    <section className="panel contract-form-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{contract ? t('contracts.editTitle', { number: contract.number }) : t('contracts.new')}</h2>
      <form
        ref={formRef}
        onSubmit={(e) => void onSubmit(e)}
        onKeyDown={onKeyDown}
        noValidate
        data-testid={editing ? 'contract-edit-form' : 'contract-form'}
        className="form-grid contract-form"
      >
        {conflict && contract ? (
          <div className="banner banner-warning" role="alert" data-testid="contract-conflict">
            <p>{t('contracts.conflict', { number: contract.number })}</p>
            {gone ? (
              <p>{t('contracts.gone', { number: contract.number })}</p>
            ) : (
              <button type="button" onClick={() => void reloadLatest()} disabled={busy}>
                {t('edit.reloadLatest')}
              </button>
            )}
          </div>
        ) : null}
        <ErrorBanner messages={general} />
        {editing ? null : input('customerId', t('contracts.customerId'), { required: true })}
        {input('number', t('contracts.number'), { required: true })}
        {input('kind', t('contracts.kind'))}
        {input('startDate', t('contracts.startDate'), { type: 'date', required: true })}
        {input('endDate', t('contracts.endDate'), { type: 'date', required: true })}
        {input('discountPercent', t('contracts.discount'), { decimal: true })}
        {draft.rates.map((row, i) => (
          <div key={i} className="rate-row">
            <Field id={rateId('roomType', i)} label={t('contracts.roomType')} error={errors[`rates.${i}.roomType`]}>
              <input
                {...controlProps(rateId('roomType', i), errors[`rates.${i}.roomType`])}
                maxLength={32}
                value={row.roomType}
                onChange={(e) => setRate(i, 'roomType')(e.target.value)}
              />
            </Field>
            <Field id={rateId('rate', i)} label={t('contracts.rate')} error={errors[`rates.${i}.rate`]}>
              <input
                {...controlProps(rateId('rate', i), errors[`rates.${i}.rate`])}
                inputMode="decimal"
                value={row.rate}
                onChange={(e) => setRate(i, 'rate')(e.target.value)}
              />
            </Field>
            {draft.rates.length > 1 || row.roomType || row.rate ? (
              <button type="button" className="link-button" onClick={() => removeRate(i)}>
                {t('contracts.removeRoomType', { index: i + 1 })}
              </button>
            ) : null}
          </div>
        ))}
        <button type="button" onClick={() => setDraft((d) => ({ ...d, rates: [...d.rates, EMPTY_RATE] }))}>
          {t('contracts.addRoomType')}
        </button>
        {input('creditLimit', t('contracts.creditLimit'), { decimal: true })}
        {input('paymentTerms', t('contracts.paymentTerms'))}
        <Field id={id('notes')} label={t('contracts.notes')} error={errors.notes} className="contract-notes">
          <textarea
            {...controlProps(id('notes'), errors.notes)}
            rows={2}
            maxLength={MAX_LENGTH.notes}
            value={draft.notes}
            onChange={(e) => set('notes')(e.target.value)}
            onKeyDown={saveOnCtrlEnter}
          />
        </Field>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {editing ? t('contracts.save') : t('contracts.create')}
          </button>
          {onCancel ? (
            <button type="button" onClick={onCancel}>
              {t('contacts.cancel')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
