// Staff accounts (ADMIN): the list with filters, a new account (its generated password shown once),
// name, role, department and supervisor, password reset, deactivation (refused while the user still
// owns customers: the message says what, with a link to the handover) and reactivation.
import { useCallback, useState, type FormEvent } from 'react';
import { execute } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { apiErrorText, userErrorText } from '../../api/userErrors';
import type { Role, StaffUserFieldsFragment, UserStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { controlProps, ErrorBanner, Field } from '../../ui/Field';
import { useFormErrors } from '../../ui/useFormErrors';
import {
  CreateUserMutation,
  DeactivateUserMutation,
  ReactivateUserMutation,
  ResetPasswordMutation,
  StaffUsersQuery,
  UpdateUserMutation,
} from '../operations';

const PAGE = 100;
export const ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'SALES', 'AGENT', 'FRONT_DESK'];
const STATUSES: readonly UserStatus[] = ['ACTIVE', 'INACTIVE'];
const CREATE_FIELDS = new Set(['username', 'displayName', 'role', 'department', 'supervisorId', 'password']);
const EDIT_FIELDS = new Set(['displayName', 'role', 'department', 'supervisorId']);

type StaffUser = StaffUserFieldsFragment;

/** Active staff, for the supervisor choice. */
function useActiveStaff(version: number): StaffUser[] {
  const { data, error } = useQuery(StaffUsersQuery, { first: PAGE, status: 'ACTIVE' }, { refreshKey: version });
  return data && !error ? data.users.edges.map((e) => e.node) : [];
}

export function UsersPage() {
  const { t } = useI18n();
  const [role, setRole] = useState<Role | ''>('');
  const [status, setStatus] = useState<UserStatus | ''>('');
  const [search, setSearch] = useState('');
  const [issued, setIssued] = useState<{ username: string; password: string } | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const active = useActiveStaff(version);
  const list = useQuery(
    StaffUsersQuery,
    { first: PAGE, role: role || null, status: status || null, search: search.trim() || null },
    { refreshKey: version },
  );
  const users = list.data?.users.edges.map((e) => e.node) ?? [];
  const total = list.data?.users.totalCount ?? 0;
  // Only the first load says so; later ones keep the last list on screen.
  const loading = !list.data && !list.error;
  const failure = list.error ? [apiErrorText(list.error, t)] : [];

  return (
    <main className="page staff-page" id="main">
      <h1>{t('staff.title')}</h1>
      <p className="staff-intro">
        {t('staff.intro')} <Link to="/handover">{t('staff.toHandover')}</Link>
      </p>
      <ErrorBanner messages={failure} />
      {issued ? <IssuedPassword issued={issued} onDone={() => setIssued(null)} /> : null}
      <CreateUserForm
        active={active}
        onCreated={(username, password) => {
          if (password) setIssued({ username, password });
          reload();
        }}
      />
      <h2>
        {t('staff.listTitle')} <span className="count">({total})</span>
      </h2>
      <div className="staff-filters form-row">
        <Field id="staff-filter-role" label={t('staff.role')}>
          <select id="staff-filter-role" value={role} onChange={(e) => setRole(e.target.value as Role | '')}>
            <option value="">{t('staff.all')}</option>
            <RoleOptions />
          </select>
        </Field>
        <Field id="staff-filter-status" label={t('staff.status')}>
          <select id="staff-filter-status" value={status} onChange={(e) => setStatus(e.target.value as UserStatus | '')}>
            <option value="">{t('staff.all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`userStatus.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="staff-filter-search" label={t('staff.search')}>
          <input id="staff-filter-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </Field>
      </div>
      {loading ? <p>{t('app.loading')}</p> : null}
      {!loading && users.length === 0 ? <p className="empty">{t('staff.none')}</p> : null}
      {users.length > 0 ? (
        <table className="staff-table" data-testid="staff-users">
          <thead>
            <tr>
              <th>{t('staff.username')}</th>
              <th>{t('staff.displayName')}</th>
              <th>{t('staff.role')}</th>
              <th>{t('staff.department')}</th>
              <th>{t('staff.supervisor')}</th>
              <th>{t('staff.status')}</th>
              <th>{t('staff.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <UserRow
                key={u.id}
                user={u}
                active={active}
                onChanged={reload}
                onPassword={(password) => setIssued({ username: u.username, password })}
              />
            ))}
          </tbody>
        </table>
      ) : null}
    </main>
  );
}

function RoleOptions() {
  const { t } = useI18n();
  return ROLES.map((r) => (
    <option key={r} value={r}>
      {t(`role.${r}`)}
    </option>
  ));
}

/** A generated password, this once: it is not stored and cannot be shown again. */
function IssuedPassword({ issued, onDone }: { issued: { username: string; password: string }; onDone: () => void }) {
  const { t } = useI18n();
  return (
    <section className="issued-key" role="status" data-testid="issued-password">
      <h2>{t('staff.issuedTitle', { username: issued.username })}</h2>
      <p className="issued-key-warning">{t('staff.issuedWarning')}</p>
      <div className="issued-key-row">
        <code data-testid="issued-password-value">{issued.password}</code>
      </div>
      <button type="button" className="primary" onClick={onDone}>
        {t('staff.issuedDone')}
      </button>
    </section>
  );
}

function SupervisorSelect({
  id,
  value,
  onChange,
  active,
  exclude,
  error,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  active: readonly StaffUser[];
  exclude?: string;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <select {...controlProps(id, error)} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('staff.noSupervisor')}</option>
      {active
        .filter((u) => u.id !== exclude)
        .map((u) => (
          <option key={u.id} value={u.id}>
            {u.displayName} ({u.username})
          </option>
        ))}
    </select>
  );
}

function CreateUserForm({
  active,
  onCreated,
}: {
  active: readonly StaffUser[];
  onCreated: (username: string, password: string | null) => void;
}) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('SALES');
  const [department, setDepartment] = useState('');
  const [supervisorId, setSupervisorId] = useState('');
  const [password, setPassword] = useState('');
  const [saving, setSaving] = useState(false);
  const { errors, general, formRef, clear, check, showUserErrors, showFailure } = useFormErrors();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!username.trim()) local.username = t('staff.required.username');
    if (!check(local)) return;
    setSaving(true);
    try {
      const done = (
        await execute(CreateUserMutation, {
          input: {
            username,
            role,
            displayName: displayName || null,
            department: department || null,
            supervisorId: supervisorId || null,
            password: password || null,
          },
        })
      ).createUser;
      if (done.errors.length || !done.user) {
        showUserErrors(done.errors, CREATE_FIELDS);
        return;
      }
      setUsername('');
      setDisplayName('');
      setDepartment('');
      setSupervisorId('');
      setPassword('');
      onCreated(done.user.username, done.password ?? null);
    } catch (error) {
      showFailure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={formRef} className="staff-form" onSubmit={(e) => void submit(e)} noValidate data-testid="create-user-form">
      <h2>{t('staff.createTitle')}</h2>
      <ErrorBanner messages={general} />
      <div className="form-row">
        <Field id="new-username" label={t('staff.username')} error={errors.username} required hint={t('staff.usernameHint')}>
          <input
            {...controlProps('new-username', errors.username)}
            value={username}
            maxLength={64}
            autoComplete="off"
            onChange={(e) => {
              setUsername(e.target.value);
              clear('username');
            }}
          />
        </Field>
        <Field id="new-display-name" label={t('staff.displayName')} error={errors.displayName}>
          <input
            {...controlProps('new-display-name', errors.displayName)}
            value={displayName}
            maxLength={64}
            onChange={(e) => {
              setDisplayName(e.target.value);
              clear('displayName');
            }}
          />
        </Field>
        <Field id="new-role" label={t('staff.role')} error={errors.role} required>
          <select {...controlProps('new-role', errors.role)} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <RoleOptions />
          </select>
        </Field>
        <Field id="new-department" label={t('staff.department')} error={errors.department}>
          <input
            {...controlProps('new-department', errors.department)}
            value={department}
            maxLength={64}
            onChange={(e) => {
              setDepartment(e.target.value);
              clear('department');
            }}
          />
        </Field>
        <Field id="new-supervisor" label={t('staff.supervisor')} error={errors.supervisorId}>
          <SupervisorSelect
            id="new-supervisor"
            value={supervisorId}
            active={active}
            error={errors.supervisorId}
            onChange={(v) => {
              setSupervisorId(v);
              clear('supervisorId');
            }}
          />
        </Field>
        <Field id="new-password" label={t('staff.password')} error={errors.password} hint={t('staff.passwordHint')}>
          <input
            {...controlProps('new-password', errors.password)}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => {
              setPassword(e.target.value);
              clear('password');
            }}
          />
        </Field>
      </div>
      <button type="submit" className="primary" disabled={saving}>
        {t('staff.create')}
      </button>
    </form>
  );
}

type Confirming = 'reset' | 'deactivate' | null;

function UserRow({
  user,
  active,
  onChanged,
  onPassword,
}: {
  user: StaffUser;
  active: readonly StaffUser[];
  onChanged: () => void;
  onPassword: (password: string) => void;
}) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);
  const [failure, setFailure] = useState<string[]>([]);
  const inactive = user.status === 'INACTIVE';

  const run = async (work: () => Promise<readonly { code: string; message: string; field?: readonly string[] | null }[]>) => {
    setBusy(true);
    setConflict(null);
    setFailure([]);
    try {
      const errors = await work();
      const refused = errors.find((e) => e.code === 'CONFLICT');
      // CONFLICT's generic wording ("changed by someone else") does not fit here: say what it means.
      if (refused) setConflict(lang === 'zh-CN' ? refused.message : `${t('staff.stillOwns')} (${refused.message})`);
      else if (errors.length) setFailure(errors.map((e) => userErrorText(e, lang, t)));
      else onChanged();
    } catch (error) {
      setFailure([apiErrorText(error, t)]);
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  };

  const deactivate = () =>
    run(async () => (await execute(DeactivateUserMutation, { input: { userId: user.id } })).deactivateUser.errors);
  const reactivate = () =>
    run(async () => (await execute(ReactivateUserMutation, { input: { userId: user.id } })).reactivateUser.errors);
  const reset = () =>
    run(async () => {
      const done = (await execute(ResetPasswordMutation, { input: { userId: user.id } })).resetPassword;
      if (!done.errors.length && done.password) onPassword(done.password);
      return done.errors;
    });

  if (editing) {
    return (
      <tr data-testid={`staff-user-${user.username}`}>
        <td colSpan={7}>
          <EditUserForm
            user={user}
            active={active}
            onDone={(changed) => {
              setEditing(false);
              if (changed) onChanged();
            }}
          />
        </td>
      </tr>
    );
  }
  return (
    <tr data-testid={`staff-user-${user.username}`} className={inactive ? 'inactive' : undefined}>
      <td>
        <code>{user.username}</code>
      </td>
      <td>{user.displayName}</td>
      <td>{t(`role.${user.role}`)}</td>
      <td>{user.department ?? '—'}</td>
      <td>{user.supervisor?.displayName ?? '—'}</td>
      <td>
        <span className={`badge user-status status-${user.status.toLowerCase()}`}>{t(`userStatus.${user.status}`)}</span>
      </td>
      <td className="staff-actions">
        <ErrorBanner messages={failure} />
        {conflict ? (
          <div className="banner banner-error staff-conflict" role="alert" data-testid="deactivate-conflict">
            <p>{conflict}</p>
            <Link to={`/handover?from=${encodeURIComponent(user.id)}`}>{t('staff.goHandover')}</Link>
          </div>
        ) : null}
        {confirming ? (
          <span className="confirm">
            {t(confirming === 'reset' ? 'staff.resetConfirm' : 'staff.deactivateConfirm', { name: user.displayName })}{' '}
            <button
              type="button"
              className="small danger"
              disabled={busy}
              onClick={() => void (confirming === 'reset' ? reset() : deactivate())}
            >
              {t('staff.confirmYes')}
            </button>
            <button type="button" className="small" onClick={() => setConfirming(null)}>
              {t('staff.cancel')}
            </button>
          </span>
        ) : (
          <>
            <button type="button" className="small" onClick={() => setEditing(true)}>
              {t('staff.edit')}
            </button>
            <button type="button" className="small" onClick={() => setConfirming('reset')}>
              {t('staff.resetPassword')}
            </button>
            {inactive ? (
              <button type="button" className="small" disabled={busy} onClick={() => void reactivate()}>
                {t('staff.reactivate')}
              </button>
            ) : (
              <button type="button" className="small" onClick={() => setConfirming('deactivate')}>
                {t('staff.deactivate')}
              </button>
            )}
          </>
        )}
      </td>
    </tr>
  );
}

function EditUserForm({
  user,
  active,
  onDone,
}: {
  user: StaffUser;
  active: readonly StaffUser[];
  onDone: (changed: boolean) => void;
}) {
  const { t } = useI18n();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [role, setRole] = useState<Role>(user.role);
  const [department, setDepartment] = useState(user.department ?? '');
  const [supervisorId, setSupervisorId] = useState(user.supervisor?.id ?? '');
  const [saving, setSaving] = useState(false);
  const { errors, general, formRef, clear, showUserErrors, showFailure } = useFormErrors();
  const prefix = `edit-${user.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const done = (
        await execute(UpdateUserMutation, {
          input: { id: user.id, displayName, role, department: department || null, supervisorId: supervisorId || null },
        })
      ).updateUser;
      if (done.errors.length) {
        showUserErrors(done.errors, EDIT_FIELDS);
        return;
      }
      onDone(true);
    } catch (error) {
      showFailure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={formRef} className="staff-form inline" onSubmit={(e) => void submit(e)} noValidate data-testid="edit-user-form">
      <ErrorBanner messages={general} />
      <div className="form-row">
        <Field id={`${prefix}-display-name`} label={t('staff.displayName')} error={errors.displayName} required>
          <input
            {...controlProps(`${prefix}-display-name`, errors.displayName)}
            value={displayName}
            maxLength={64}
            onChange={(e) => {
              setDisplayName(e.target.value);
              clear('displayName');
            }}
          />
        </Field>
        <Field id={`${prefix}-role`} label={t('staff.role')} error={errors.role}>
          <select
            {...controlProps(`${prefix}-role`, errors.role)}
            value={role}
            onChange={(e) => {
              setRole(e.target.value as Role);
              clear('role');
            }}
          >
            <RoleOptions />
          </select>
        </Field>
        <Field id={`${prefix}-department`} label={t('staff.department')} error={errors.department}>
          <input
            {...controlProps(`${prefix}-department`, errors.department)}
            value={department}
            maxLength={64}
            onChange={(e) => {
              setDepartment(e.target.value);
              clear('department');
            }}
          />
        </Field>
        <Field id={`${prefix}-supervisor`} label={t('staff.supervisor')} error={errors.supervisorId}>
          <SupervisorSelect
            id={`${prefix}-supervisor`}
            value={supervisorId}
            active={active}
            exclude={user.id}
            error={errors.supervisorId}
            onChange={(v) => {
              setSupervisorId(v);
              clear('supervisorId');
            }}
          />
        </Field>
      </div>
      <button type="submit" className="small primary" disabled={saving}>
        {t('staff.save')}
      </button>
      <button type="button" className="small" onClick={() => onDone(false)}>
        {t('staff.cancel')}
      </button>
    </form>
  );
}
