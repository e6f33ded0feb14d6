// Contracts (合同 / 协议): expiring soon first, filters, and create / activate / terminate / renew
// with every error beside its field.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { execute, isAbortError } from '../../api/client';
import { apiErrorText } from '../../api/userErrors';
import type { ContractRowFragment, ContractStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link, useLocation } from '../../router';
import { ErrorBanner, Field, controlProps } from '../../ui/Field';
import { formatFen, yuanToFen } from '../../ui/format';
import { useFormErrors } from '../../ui/useFormErrors';
import { ContractStatusBadge, SOON_DAYS } from '../components/ContractStatusBadge';
import {
  ActivateContractMutation,
  ContractsQuery,
  CreateContractMutation,
  ExpiringContractsQuery,
  RenewContractMutation,
  TerminateContractMutation,
} from '../operations';

const PAGE = 50;
const STATUSES: readonly ContractStatus[] = ['DRAFT', 'ACTIVE', 'EXPIRED', 'TERMINATED', 'RENEWED'];
const CREATE_FIELDS: ReadonlySet<string> = new Set([
  'customerId',
  'number',
  'kind',
  'startDate',
  'endDate',
  'discountPercent',
  'rates.0.roomType',
  'rates.0.rate',
  'creditLimit',
  'paymentTerms',
]);
const EMPTY = {
  customerId: '',
  number: '',
  kind: '',
  startDate: '',
  endDate: '',
  discountPercent: '',
  roomType: '',
  rate: '',
  creditLimit: '',
  paymentTerms: '',
};
type Draft = typeof EMPTY;

export function ContractsPage({ canEdit }: { canEdit: boolean }) {
  const { t } = useI18n();
  const { search } = useLocation();
  const customerId = search.get('customerId') ?? '';
  const [status, setStatus] = useState<ContractStatus | ''>('');
  const [text, setText] = useState('');
  const [rows, setRows] = useState<ContractRowFragment[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [total, setTotal] = useState(0);
  const [expiring, setExpiring] = useState<ContractRowFragment[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');

  const filters = useCallback(
    () => ({ first: PAGE, status: status ? [status] : null, customerId: customerId || null, search: text.trim() || null }),
    [status, text, customerId],
  );

  const load = useCallback(
    (signal?: AbortSignal) =>
      Promise.all([
        execute(ContractsQuery, filters(), { signal }),
        execute(ExpiringContractsQuery, { withinDays: SOON_DAYS }, { signal }),
      ])
        .then(([list, soon]) => {
          setRows(list.contracts.edges.map((e) => e.node));
          setNext(list.contracts.pageInfo.hasNextPage ? (list.contracts.pageInfo.endCursor ?? null) : null);
          setTotal(list.contracts.totalCount);
          setExpiring(soon.expiringContracts);
          setError(null);
        })
        .catch((err: unknown) => {
          if (!isAbortError(err)) setError(err);
        }),
    [filters],
  );

  const more = () => {
    if (!next) return;
    execute(ContractsQuery, { ...filters(), after: next })
      .then((page) => {
        setRows((prev) => [...(prev ?? []), ...page.contracts.edges.map((e) => e.node)]);
        setNext(page.contracts.pageInfo.hasNextPage ? (page.contracts.pageInfo.endCursor ?? null) : null);
      })
      .catch((err: unknown) => setError(err));
  };

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  return (
    <main className="page contracts-page" data-testid="contracts-page">
      <h1>{t('contracts.title')}</h1>
      {error ? <ErrorBanner messages={[apiErrorText(error, t)]} /> : null}
      <section className="panel" aria-labelledby="expiring-title" data-testid="expiring-contracts">
        <h2 id="expiring-title">{t('contracts.expiringSoon', { days: SOON_DAYS })}</h2>
        {expiring.length === 0 ? <p className="muted">{t('contracts.noneExpiring')}</p> : null}
        <ul className="plain">
          {expiring.map((c) => (
            <li key={c.id} className="expiring" data-testid="expiring-contract" data-number={c.number}>
              <strong>{c.number}</strong> {c.customer ? <Link to={`/customers/${c.customer.id}`}>{c.customer.name}</Link> : null}{' '}
              <span>
                {t('contracts.endsOn')} {c.endDate}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <p className="action-status" role="status" data-testid="contracts-status">
        {message}
      </p>
      <div className="filters">
        <Field id="contracts-status" label={t('contracts.status')}>
          <select id="contracts-status" value={status} onChange={(e) => setStatus(e.target.value as ContractStatus | '')}>
            <option value="">{t('contracts.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`contractStatus.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="contracts-search" label={t('contracts.number')}>
          <input id="contracts-search" value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
        {customerId ? <Link to="/contracts">{t('contracts.allCustomers')}</Link> : null}
      </div>
      <p className="muted small">{t('contracts.count', { count: total })}</p>
      <table className="table contracts-table">
        <thead>
          <tr>
            <th>{t('contracts.number')}</th>
            <th>{t('contracts.customer')}</th>
            <th>{t('contracts.status')}</th>
            <th>{t('contracts.period')}</th>
            <th>{t('contracts.rates')}</th>
            <th>{t('contracts.discount')}</th>
            {canEdit ? <th>{t('contracts.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {(rows ?? []).map((c) => (
            <ContractRowView key={c.id} contract={c} canEdit={canEdit} onDone={(m) => { setMessage(m); void load(); }} />
          ))}
        </tbody>
      </table>
      {next ? (
        <button type="button" onClick={more} data-testid="contracts-more">
          {t('contracts.more')}
        </button>
      ) : null}
      {canEdit ? <CreateContractForm defaultCustomerId={customerId} onCreated={(m) => { setMessage(m); void load(); }} /> : null}
    </main>
  );
}

function ContractRowView({ contract: c, canEdit, onDone }: { contract: ContractRowFragment; canEdit: boolean; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const [mode, setMode] = useState<'none' | 'terminate' | 'renew'>('none');
  const [reason, setReason] = useState('');
  const [number, setNumber] = useState('');
  const [endDate, setEndDate] = useState('');
  const { errors, general, formRef, showUserErrors, showFailure, reset } = useFormErrors();
  const FIELDS: ReadonlySet<string> = new Set(['reason', 'number', 'endDate']);

  const run = async (work: () => Promise<readonly { field?: readonly string[] | null; code: string; message: string }[]>, done: string) => {
    try {
      const problems = await work();
      if (problems.length) {
        showUserErrors(problems, FIELDS);
        return;
      }
      reset();
      setMode('none');
      onDone(done);
    } catch (err) {
      showFailure(err);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (mode === 'terminate') {
      void run(
        async () => (await execute(TerminateContractMutation, { input: { id: c.id, reason, expectedVersion: c.version } })).terminateContract.errors,
        t('contracts.terminated', { number: c.number }),
      );
    } else if (mode === 'renew') {
      void run(
        async () =>
          (await execute(RenewContractMutation, { input: { id: c.id, number, endDate, expectedVersion: c.version } })).renewContract.errors,
        t('contracts.renewed', { number: c.number }),
      );
    }
  };

  return (
    <tr data-testid="contract-row" data-number={c.number} data-status={c.status}>
      <td>
        <strong>{c.number}</strong>
        {c.kind ? <span className="muted small"> {c.kind}</span> : null}
        {c.renews ? <span className="muted small"> ← {c.renews.number}</span> : null}
      </td>
      <td>{c.customer ? <Link to={`/customers/${c.customer.id}`}>{c.customer.name}</Link> : null}</td>
      <td>
        <ContractStatusBadge status={c.status} />
        {c.terminatedReason ? <span className="muted small"> {c.terminatedReason}</span> : null}
      </td>
      <td>
        {c.startDate} – {c.endDate}
      </td>
      <td>
        {c.rates.map((r) => (
          <div key={r.roomType} className="small">
            {r.roomType} {formatFen(r.rate)}
          </div>
        ))}
      </td>
      <td>{c.discountPercent !== null ? `${c.discountPercent}%` : '—'}</td>
      {canEdit ? (
        <td>
          {c.status === 'DRAFT' ? (
            <button
              type="button"
              onClick={() =>
                void run(
                  async () => (await execute(ActivateContractMutation, { input: { id: c.id, expectedVersion: c.version } })).activateContract.errors,
                  t('contracts.activated', { number: c.number }),
                )
              }
            >
              {t('contracts.activate')}
            </button>
          ) : null}
          {c.status === 'ACTIVE' ? (
            <button type="button" onClick={() => setMode('terminate')}>
              {t('contracts.terminate')}
            </button>
          ) : null}
          {c.status === 'ACTIVE' || c.status === 'EXPIRED' ? (
            <button type="button" onClick={() => setMode('renew')}>
              {t('contracts.renew')}
            </button>
          ) : null}
          <ErrorBanner messages={general} />
          {mode !== 'none' ? (
            <form ref={formRef} onSubmit={submit} noValidate className="inline-add">
              {mode === 'terminate' ? (
                <Field id={`terminate-reason-${c.id}`} label={t('contracts.reason')} error={errors.reason} required>
                  <input {...controlProps(`terminate-reason-${c.id}`, errors.reason)} value={reason} onChange={(e) => setReason(e.target.value)} />
                </Field>
              ) : (
                <>
                  <Field id={`renew-number-${c.id}`} label={t('contracts.newNumber')} error={errors.number} required>
                    <input {...controlProps(`renew-number-${c.id}`, errors.number)} value={number} onChange={(e) => setNumber(e.target.value)} />
                  </Field>
                  <Field id={`renew-end-${c.id}`} label={t('contracts.endDate')} error={errors.endDate} required>
                    <input {...controlProps(`renew-end-${c.id}`, errors.endDate)} type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} />
                  </Field>
                </>
              )}
              <button type="submit" className="primary">
                {t('contracts.confirm')}
              </button>
              <button type="button" onClick={() => setMode('none')}>
                {t('contacts.cancel')}
              </button>
            </form>
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}

function CreateContractForm({ defaultCustomerId, onCreated }: { defaultCustomerId: string; onCreated: (message: string) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>({ ...EMPTY, customerId: defaultCustomerId });
  const [busy, setBusy] = useState(false);
  // Room types beyond the first: rates.1, rates.2, …
  const [extra, setExtra] = useState<{ roomType: string; rate: string }[]>([]);
  const { errors, general, formRef, clear, check, showUserErrors, showFailure, reset } = useFormErrors();
  const setExtraField = (index: number, key: 'roomType' | 'rate') => (value: string) => {
    setExtra((rows) => rows.map((r, i) => (i === index ? { ...r, [key]: value } : r)));
    clear(`rates.${index + 1}.${key}`);
  };
  const set = (key: keyof Draft) => (value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    clear(key === 'roomType' ? 'rates.0.roomType' : key === 'rate' ? 'rates.0.rate' : key);
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    for (const key of ['customerId', 'number', 'startDate', 'endDate'] as const) {
      if (!draft[key].trim()) local[key] = t('errorCode.REQUIRED');
    }
    const rates: { roomType: string; rate: number }[] = [];
    [{ roomType: draft.roomType, rate: draft.rate }, ...extra].forEach((row, index) => {
      if (!row.rate.trim() && !row.roomType.trim()) return;
      const fen = yuanToFen(row.rate);
      if (fen === null) local[`rates.${index}.rate`] = t('errorCode.INVALID');
      if (!row.roomType.trim()) local[`rates.${index}.roomType`] = t('errorCode.REQUIRED');
      if (fen !== null && row.roomType.trim()) rates.push({ roomType: row.roomType.trim(), rate: fen });
    });
    const credit = draft.creditLimit.trim() ? yuanToFen(draft.creditLimit) : null;
    if (draft.creditLimit.trim() && credit === null) local.creditLimit = t('errorCode.INVALID');
    const discount = draft.discountPercent.trim() ? Number(draft.discountPercent) : null;
    if (discount !== null && Number.isNaN(discount)) local.discountPercent = t('errorCode.INVALID');
    if (!check(local)) return;
    setBusy(true);
    try {
      const { createContract } = await execute(CreateContractMutation, {
        input: {
          customerId: draft.customerId.trim(),
          number: draft.number,
          kind: draft.kind.trim() || null,
          startDate: draft.startDate,
          endDate: draft.endDate,
          discountPercent: discount,
          rates,
          creditLimit: credit,
          paymentTerms: draft.paymentTerms.trim() || null,
        },
      });
      if (createContract.errors.length) {
        const fields = new Set(CREATE_FIELDS);
        extra.forEach((_, i) => {
          fields.add(`rates.${i + 1}.roomType`);
          fields.add(`rates.${i + 1}.rate`);
        });
        showUserErrors(createContract.errors, fields);
        return;
      }
      setDraft({ ...EMPTY, customerId: defaultCustomerId });
      setExtra([]);
      reset();
      onCreated(t('contracts.created', { number: createContract.contract?.number ?? '' }));
    } catch (err) {
      showFailure(err);
    } finally {
      setBusy(false);
    }
  };

  const input = (key: keyof Draft, error: string, label: string, type = 'text', required = false) => (
    <Field id={`contract-${key}`} label={label} error={errors[error]} required={required}>
      <input {...controlProps(`contract-${key}`, errors[error])} type={type} value={draft[key]} onChange={(e) => set(key)(e.target.value)} />
    </Field>
  );

  return (
    <section className="panel" aria-labelledby="new-contract-title">
      <h2 id="new-contract-title">{t('contracts.new')}</h2>
      <form ref={formRef} onSubmit={(e) => void onSubmit(e)} noValidate data-testid="contract-form" className="form-grid">
        <ErrorBanner messages={general} />
        {input('customerId', 'customerId', t('contracts.customerId'), 'text', true)}
        {input('number', 'number', t('contracts.number'), 'text', true)}
        {input('kind', 'kind', t('contracts.kind'))}
        {input('startDate', 'startDate', t('contracts.startDate'), 'date', true)}
        {input('endDate', 'endDate', t('contracts.endDate'), 'date', true)}
        {input('discountPercent', 'discountPercent', t('contracts.discount'))}
        {input('roomType', 'rates.0.roomType', t('contracts.roomType'))}
        {input('rate', 'rates.0.rate', t('contracts.rate'))}
        {extra.map((row, i) => (
          <div key={i} className="rate-row">
            <Field id={`contract-roomType-${i + 1}`} label={t('contracts.roomType')} error={errors[`rates.${i + 1}.roomType`]}>
              <input
                {...controlProps(`contract-roomType-${i + 1}`, errors[`rates.${i + 1}.roomType`])}
                value={row.roomType}
                onChange={(e) => setExtraField(i, 'roomType')(e.target.value)}
              />
            </Field>
            <Field id={`contract-rate-${i + 1}`} label={t('contracts.rate')} error={errors[`rates.${i + 1}.rate`]}>
              <input
                {...controlProps(`contract-rate-${i + 1}`, errors[`rates.${i + 1}.rate`])}
                inputMode="decimal"
                value={row.rate}
                onChange={(e) => setExtraField(i, 'rate')(e.target.value)}
              />
            </Field>
          </div>
        ))}
        <button type="button" onClick={() => setExtra((rows) => [...rows, { roomType: '', rate: '' }])}>
          {t('contracts.addRoomType')}
        </button>
        {input('creditLimit', 'creditLimit', t('contracts.creditLimit'))}
        {input('paymentTerms', 'paymentTerms', t('contracts.paymentTerms'))}
        <button type="submit" className="primary" disabled={busy}>
          {t('contracts.create')}
        </button>
      </form>
    </section>
  );
}
