// The complaints board: filters kept in the address (Back restores them), overdue rows
// stand out, paged 25 at a time, arrow keys move between rows and Enter opens one.
import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import { execute, isAbortError } from '../../api/client';
import { apiErrorText } from '../../api/userErrors';
import { can } from '../../auth/roles';
import { useSession } from '../../auth/session';
import type { ComplaintRowFragment, ComplaintStatus, ComplaintsBoardQueryVariables, Severity } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link, navigate, useLocation } from '../../router';
import { ErrorBanner } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { CATEGORIES, DEPARTMENTS, SEVERITIES, STATUSES } from '../labels';
import { ComplaintsBoardQuery } from '../operations';
import { useAssignees } from '../components/useAssignees';
import { SeverityBadge, ComplaintStatusBadge } from '../components/Badges';

const PAGE = 25;
const FILTERS = ['status', 'severity', 'category', 'department', 'assigneeId', 'overdue'] as const;
type FilterKey = (typeof FILTERS)[number];

type Load =
  | { state: 'loading' }
  | { state: 'error'; error: unknown; key: string }
  | { state: 'ready'; rows: ComplaintRowFragment[]; total: number; next: string | null; key: string };

export function ComplaintsBoardPage() {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const { search } = useLocation();
  const manager = can(user?.role, 'manageComplaints');
  const filters = Object.fromEntries(FILTERS.map((k) => [k, search.get(k) ?? ''])) as Record<FilterKey, string>;
  const page = Math.max(0, Number(search.get('page') ?? '0') || 0);
  const [result, setResult] = useState<Load>({ state: 'loading' });
  const [cursors, setCursors] = useState<Record<number, string | null>>({ 0: null });
  const key = `${FILTERS.map((k) => filters[k]).join('|')}|${page}`;
  // What is on screen belongs to the filters in the address, or it is still loading.
  const load: Load = result.state !== 'loading' && result.key === key ? result : { state: 'loading' };

  const assignees = useAssignees(manager);
  useEffect(() => {
    const controller = new AbortController();
    const variables: ComplaintsBoardQueryVariables = {
      first: PAGE,
      after: cursors[page] ?? null,
      status: (filters.status || null) as ComplaintStatus | null,
      severity: (filters.severity || null) as Severity | null,
      category: filters.category || null,
      department: filters.department || null,
      assigneeId: filters.assigneeId || null,
      overdue: filters.overdue === 'yes' ? true : filters.overdue === 'no' ? false : null,
    };
    execute(ComplaintsBoardQuery, variables, { signal: controller.signal })
      .then(({ complaints }) => {
        const next = complaints.pageInfo.hasNextPage ? complaints.pageInfo.endCursor ?? null : null;
        setCursors((prev) => ({ ...prev, [page + 1]: next }));
        setResult({ state: 'ready', rows: complaints.edges.map((e) => e.node), total: complaints.totalCount, next, key });
      })
      .catch((error: unknown) => {
        if (!isAbortError(error)) setResult({ state: 'error', error, key });
      });
    return () => controller.abort();
    // The key holds every input of the query; cursors are derived from earlier pages.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const setFilter = (name: FilterKey, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('page');
    setCursors({ 0: null });
    const query = next.toString();
    navigate(`/complaints${query ? `?${query}` : ''}`, { replace: true });
  };
  const goPage = (n: number) => {
    const next = new URLSearchParams(search);
    if (n > 0) next.set('page', String(n));
    else next.delete('page');
    navigate(`/complaints?${next.toString()}`);
  };

  const onRowKey = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>('a[data-row-link]'));
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const to = event.key === 'ArrowDown' ? Math.min(links.length - 1, at + 1) : Math.max(0, at - 1);
    links[to]?.focus();
    event.preventDefault();
  };

  return (
    <main className="page complaints-board" id="main" data-testid="complaints-board">
      <div className="page-head">
        <h1>{t('complaints.board')}</h1>
        <span className="spacer" />
        {manager ? <Link to="/complaints/analysis">{t('complaints.analysis')}</Link> : null}
        <Link className="button primary" to="/complaints/new" data-testid="new-complaint">
          {t('complaints.new')}
        </Link>
      </div>
      {!manager ? <p className="muted">{t('complaints.mineOnly')}</p> : null}
      <div className="filters" role="group" aria-label={t('complaints.filters')}>
        <FilterSelect id="f-status" label={t('complaints.status')} value={filters.status} onChange={(v) => setFilter('status', v)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`complaintStatus.${s}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="f-severity" label={t('complaints.severity')} value={filters.severity} onChange={(v) => setFilter('severity', v)}>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t(`severity.${s}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="f-category" label={t('complaints.category')} value={filters.category} onChange={(v) => setFilter('category', v)}>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          id="f-department"
          label={t('complaints.department')}
          value={filters.department}
          onChange={(v) => setFilter('department', v)}
        >
          {DEPARTMENTS.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </FilterSelect>
        {manager ? (
          <FilterSelect
            id="f-assignee"
            label={t('complaints.assignee')}
            value={filters.assigneeId}
            onChange={(v) => setFilter('assigneeId', v)}
          >
            {assignees.map((a) => (
              <option key={a.id} value={a.id}>
                {a.displayName}
              </option>
            ))}
          </FilterSelect>
        ) : null}
        <FilterSelect id="f-overdue" label={t('complaints.overdue')} value={filters.overdue} onChange={(v) => setFilter('overdue', v)}>
          <option value="yes">{t('complaints.overdueOnly')}</option>
          <option value="no">{t('complaints.notOverdue')}</option>
        </FilterSelect>
      </div>
      {load.state === 'error' ? <ErrorBanner messages={[apiErrorText(load.error, t)]} /> : null}
      {load.state === 'loading' ? <p className="muted">{t('app.loading')}</p> : null}
      {load.state === 'ready' ? (
        <>
          <p className="muted" data-testid="board-total">
            {t('complaints.total', { count: load.total })}
          </p>
          {load.rows.length === 0 ? (
            <p className="empty">{t('complaints.none')}</p>
          ) : (
            <div className="table-wrap">
              <table className="complaints-table">
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">{t('complaints.severity')}</th>
                    <th scope="col">{t('complaints.status')}</th>
                    <th scope="col">{t('complaints.category')}</th>
                    <th scope="col">{t('complaints.description')}</th>
                    <th scope="col">{t('complaints.customer')}</th>
                    <th scope="col">{t('complaints.assignee')}</th>
                    <th scope="col">{t('complaints.dueAt')}</th>
                  </tr>
                </thead>
                <tbody onKeyDown={onRowKey}>
                  {load.rows.map((c) => (
                    <tr key={c.id} className={c.overdue ? 'overdue' : undefined} data-testid="complaint-row" data-overdue={c.overdue}>
                      <td className="mono">
                        <Link to={`/complaints/${c.id}`} data-row-link>
                          {c.id}
                        </Link>
                      </td>
                      <td>
                        <SeverityBadge severity={c.severity} />
                      </td>
                      <td>
                        <ComplaintStatusBadge status={c.status} />
                      </td>
                      <td>{c.category ?? '—'}</td>
                      <td className="clip" title={c.description}>
                        {c.description}
                      </td>
                      <td>{c.customer ? c.customer.name : '—'}</td>
                      <td>{c.assignee ? c.assignee.displayName : t('complaints.unassigned')}</td>
                      <td>
                        {formatDateTime(c.dueAt, lang)}
                        {c.overdue ? <span className="badge overdue-badge">{t('complaints.overdueBadge')}</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="pager">
            <button type="button" className="small" disabled={page === 0} onClick={() => goPage(page - 1)}>
              {t('complaints.prev')}
            </button>
            <span className="muted">{t('complaints.page', { page: page + 1 })}</span>
            <button type="button" className="small" disabled={!load.next} onClick={() => goPage(page + 1)} data-testid="next-page">
              {t('complaints.next')}
            </button>
          </div>
        </>
      ) : null}
    </main>
  );
}

function FilterSelect({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <label className="filter" htmlFor={id}>
      <span>{label}</span>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('complaints.all')}</option>
        {children}
      </select>
    </label>
  );
}
