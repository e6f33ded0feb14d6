// Contracts (合同 / 协议): expiring soon first, filters, and create / edit a draft / activate /
// terminate / renew with every error beside its field.
import { useRef, useState, type FormEvent } from 'react';
import { execute } from '../../api/client';
import { usePagedQuery, useQuery } from '../../api/useQuery';
import { apiErrorText } from '../../api/userErrors';
import type { ContractRowFragment, ContractStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link, useLocation } from '../../router';
import { ErrorBanner, Field, controlProps } from '../../ui/Field';
import { formatFen } from '../../ui/format';
import { useFormErrors } from '../../ui/useFormErrors';
import { ContractForm } from '../components/ContractForm';
import { ContractStatusBadge, SOON_DAYS } from '../components/ContractStatusBadge';
import {
  ActivateContractMutation,
  ContractsQuery,
  ExpiringContractsQuery,
  RenewContractMutation,
  TerminateContractMutation,
} from '../operations';

const PAGE = 50;
const STATUSES: readonly ContractStatus[] = ['DRAFT', 'ACTIVE', 'EXPIRED', 'TERMINATED', 'RENEWED'];
export function ContractsPage({ canEdit }: { canEdit: boolean }) {
  const { t } = useI18n();
  const { search } = useLocation();
  const customerId = search.get('customerId') ?? '';
  const [status, setStatus] = useState<ContractStatus | ''>('');
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  const list = usePagedQuery(
    ContractsQuery,
    { first: PAGE, status: status ? [status] : null, customerId: customerId || null, search: text.trim() || null },
    (d) => d.contracts,
  );
  const soon = useQuery(ExpiringContractsQuery, { withinDays: SOON_DAYS });
  const rows = list.items;
  const expiring = soon.data?.expiringContracts ?? [];
  const error = list.error ?? soon.error;
  const reload = () => {
    list.reload();
    soon.reload();
  };

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
      <p className="muted small">{t('contracts.count', { count: list.total })}</p>
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
            <ContractRowView key={c.id} contract={c} canEdit={canEdit} onDone={(m) => { setMessage(m); reload(); }} />
          ))}
        </tbody>
      </table>
      {list.hasNextPage ? (
        <button type="button" onClick={() => void list.loadMore()} data-testid="contracts-more">
          {t('contracts.more')}
        </button>
      ) : null}
      {canEdit ? (
        <ContractForm
          key={customerId}
          idPrefix="contract"
          defaultCustomerId={customerId}
          onSaved={(m) => {
            setMessage(m);
            reload();
          }}
        />
      ) : null}
    </main>
  );
}

function ContractRowView({ contract: c, canEdit, onDone }: { contract: ContractRowFragment; canEdit: boolean; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const [mode, setMode] = useState<'none' | 'edit' | 'terminate' | 'renew'>('none');
  const [reason, setReason] = useState('');
  const [number, setNumber] = useState('');
  const [endDate, setEndDate] = useState('');
  const { errors, general, formRef, showUserErrors, showFailure, reset } = useFormErrors();
  const FIELDS: ReadonlySet<string> = new Set(['reason', 'number', 'endDate']);
  const editButton = useRef<HTMLButtonElement>(null);

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
    <>
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
              <button type="button" ref={editButton} onClick={() => setMode('edit')} aria-expanded={mode === 'edit'}>
                {t('contracts.edit')}
              </button>
            ) : null}
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
            {mode === 'terminate' || mode === 'renew' ? (
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
      {mode === 'edit' && c.status === 'DRAFT' ? (
        <tr className="contract-edit-row">
          <td colSpan={7}>
            <ContractForm
              contract={c}
              idPrefix={`contract-${c.id}`}
              onCancel={() => {
                setMode('none');
                editButton.current?.focus();
              }}
              onSaved={(m) => {
                setMode('none');
                onDone(m);
              }}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}
