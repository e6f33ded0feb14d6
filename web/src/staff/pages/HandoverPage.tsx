// Handover (客户交接, MANAGER and ADMIN): choose who hands over and who takes over, see what will
// move, confirm; the result says what moved. ?from=<id> preselects the one handing over.
import { useEffect, useState, type FormEvent } from 'react';
import { execute } from '../../api/client';
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
  const [staff, setStaff] = useState<StaffUser[]>([]);
  const [fromId, setFromId] = useState(search.get('from') ?? '');
  const [toId, setToId] = useState('');
  // The preview of the user it was read for: a change of choice hides a stale one at once.
  const [previewed, setPreviewed] = useState<{ userId: string; owned: Owned } | null>(null);
  const [moved, setMoved] = useState<Owned | null>(null);
  const [failure, setFailure] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [saving, setSaving] = useState(false);
  const [version, setVersion] = useState(0);
  const { errors, general, formRef, clear, check, showUserErrors, showFailure } = useFormErrors();

  useEffect(() => {
    let live = true;
    execute(StaffUsersQuery, { first: PAGE })
      .then((data) => live && setStaff(data.users.edges.map((e) => e.node)))
      .catch((error: unknown) => live && setFailure([apiErrorText(error, t)]));
    return () => {
      live = false;
    };
  }, [t]);

  useEffect(() => {
    let live = true;
    if (!fromId) return;
    execute(OwnedByQuery, { userId: fromId })
      .then((data) => live && setPreviewed({ userId: fromId, owned: data.ownedBy }))
      .catch((error: unknown) => live && setFailure([apiErrorText(error, t)]));
    return () => {
      live = false;
    };
  }, [fromId, version, t]);

  const preview = previewed?.userId === fromId ? previewed.owned : null;
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
      setVersion((v) => v + 1);
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
