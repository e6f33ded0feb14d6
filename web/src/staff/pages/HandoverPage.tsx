// Handover (客户交接, MANAGER and ADMIN): choose who hands over and who takes over, see what will
// move, confirm; the result says what moved. ?from=<id> preselects the one handing over.
import { useState, type FormEvent } from 'react';
import { execute } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { apiErrorText } from '../../api/userErrors';
import type { OwnedByQuery as OwnedByResult, StaffUserFieldsFragment } from '../../gql/graphql';
import { useI18n, type MessageKey } from '../../i18n';
import { Link, useLocation } from '../../router';
import { controlProps, ErrorBanner, Field } from '../../ui/Field';
import { useFormErrors } from '../../ui/useFormErrors';
import { OwnedByQuery, StaffUsersQuery, TransferCustomersMutation } from '../operations';

const PAGE = 100;
const FIELDS = new Set(['fromUserId', 'toUserId']);
type Owned = OwnedByResult['ownedBy'];
type StaffUser = StaffUserFieldsFragment;

const KINDS: readonly [keyof Omit<Owned, '__typename'>, MessageKey][] = [
  ['customers', 'handover.customers'],
  ['contracts', 'handover.contracts'],
  ['prospects', 'handover.prospects'],
  ['followUpTasks', 'handover.followUpTasks'],
  ['complaints', 'handover.complaints'],
];

function OwnedList({ owned, testId }: { owned: Owned; testId: string }) {
  const { t } = useI18n();
  return (
    <dl className="handover-counts" data-testid={testId}>
      {KINDS.map(([kind, label]) => (
        <div key={kind} data-kind={kind}>
          <dt>{t(label)}</dt>
          <dd>{owned[kind]}</dd>
        </div>
      ))}
    </dl>
  );
}

export function HandoverPage({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useI18n();
  const { search } = useLocation();
  const [fromId, setFromId] = useState(search.get('from') ?? '');
  const [toId, setToId] = useState('');
  const [moved, setMoved] = useState<Owned | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [saving, setSaving] = useState(false);
  const { errors, general, formRef, clear, check, showUserErrors, showFailure } = useFormErrors();
  const staffList = useQuery(StaffUsersQuery, { first: PAGE });
  const staff: StaffUser[] = staffList.data?.users.edges.map((e) => e.node) ?? [];
  const owned = useQuery(OwnedByQuery, { userId: fromId }, { skip: !fromId });
  // The preview of the user it was read for: a change of choice hides a stale one at once.
  const preview = fromId && owned.data && !owned.stale ? owned.data.ownedBy : null;
  const failure = [staffList.error, owned.error].filter(Boolean).map((error) => apiErrorText(error, t));
  const giver = staff.find((u) => u.id === fromId);
  const takers = staff.filter((u) => u.status === 'ACTIVE' && u.role !== 'ADMIN' && u.id !== fromId);
  const nothing = preview !== null && KINDS.every(([kind]) => preview[kind] === 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!fromId) local.fromUserId = t('handover.required.from');
    if (!toId) local.toUserId = t('handover.required.to');
    if (!check(local)) return;
    if (!confirming) {
      setConfirming(true);
      return;
    }
    setSaving(true);
    try {
      const done = (await execute(TransferCustomersMutation, { input: { fromUserId: fromId, toUserId: toId } }))
        .transferCustomers;
      if (done.errors.length || !done.moved) {
        showUserErrors(done.errors, FIELDS);
        return;
      }
      setMoved(done.moved);
      owned.reload();
    } catch (error) {
      showFailure(error);
    } finally {
      setSaving(false);
      setConfirming(false);
    }
  };

  const label = (u: StaffUser) =>
    `${u.displayName} (${u.username})${u.status === 'INACTIVE' ? ` — ${t('userStatus.INACTIVE')}` : ''}`;

  return (
    <main className="page handover-page" id="main">
      <h1>{t('handover.title')}</h1>
      <p className="staff-intro">{t('handover.intro')}</p>
      <ErrorBanner messages={failure} />
      {moved ? (
        <section className="banner banner-success handover-result" role="status" data-testid="handover-result">
          <p>{t('handover.done', { to: staff.find((u) => u.id === toId)?.displayName ?? '' })}</p>
          <OwnedList owned={moved} testId="handover-moved" />
          {isAdmin ? <Link to="/admin/users">{t('handover.toUsers')}</Link> : null}
        </section>
      ) : null}
      <form ref={formRef} className="staff-form" onSubmit={(e) => void submit(e)} noValidate data-testid="handover-form">
        <ErrorBanner messages={general} />
        <div className="form-row">
          <Field id="handover-from" label={t('handover.from')} error={errors.fromUserId} required>
            <select
              {...controlProps('handover-from', errors.fromUserId)}
              value={fromId}
              onChange={(e) => {
                setFromId(e.target.value);
                setMoved(null);
                setConfirming(false);
                clear('fromUserId');
              }}
            >
              <option value="">{t('handover.choose')}</option>
              {staff
                .filter((u) => u.role !== 'ADMIN')
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {label(u)}
                  </option>
                ))}
            </select>
          </Field>
          <Field id="handover-to" label={t('handover.to')} error={errors.toUserId} required>
            <select
              {...controlProps('handover-to', errors.toUserId)}
              value={toId}
              onChange={(e) => {
                setToId(e.target.value);
                setConfirming(false);
                clear('toUserId');
              }}
            >
              <option value="">{t('handover.choose')}</option>
              {takers.map((u) => (
                <option key={u.id} value={u.id}>
                  {label(u)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {preview && giver ? (
          <section className="handover-preview">
            <h2>{t('handover.preview', { name: giver.displayName })}</h2>
            <OwnedList owned={preview} testId="handover-preview" />
            {nothing ? <p className="empty">{t('handover.nothing')}</p> : null}
            <p className="field-hint">{t('handover.kept')}</p>
          </section>
        ) : null}
        {confirming ? (
          <p className="confirm" role="alert">
            {t('handover.confirm', {
              from: giver?.displayName ?? '',
              to: staff.find((u) => u.id === toId)?.displayName ?? '',
            })}
          </p>
        ) : null}
        <button type="submit" className={confirming ? 'danger' : 'primary'} disabled={saving}>
          {confirming ? t('handover.confirmYes') : t('handover.submit')}
        </button>
        {confirming ? (
          <button type="button" onClick={() => setConfirming(false)}>
            {t('staff.cancel')}
          </button>
        ) : null}
      </form>
    </main>
  );
}
