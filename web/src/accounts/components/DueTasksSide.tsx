// The console's side column: besides the call-backs promised on calls (dueFollowUps), the
// signed-in user's follow-up tasks (回访) due today or overdue, with "done" (SALES, MANAGER).
import { useState } from 'react';
import { execute } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { apiErrorText } from '../../api/userErrors';
import { can } from '../../auth/roles';
import { useSession } from '../../auth/session';
import type { FollowUpTaskFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { ErrorBanner } from '../../ui/Field';
import { CompleteFollowUpTaskMutation, MyFollowUpsQuery } from '../operations';

export function DueTasksSide({ refreshKey }: { refreshKey: number }) {
  const { user } = useSession();
  if (!can(user?.role, 'prospects')) return null;
  return <DueTasks refreshKey={refreshKey} />;
}

function DueTasks({ refreshKey }: { refreshKey: number }) {
  const { t } = useI18n();
  const { data, error, setError } = useQuery(MyFollowUpsQuery, { daysAhead: 0, team: false }, { refreshKey });
  // Ticked off here: gone from the list at once, without asking again.
  const [doneIds, setDoneIds] = useState<ReadonlySet<string>>(new Set());
  const tasks = data ? (data.myFollowUps ? [...data.myFollowUps.overdue, ...data.myFollowUps.dueToday] : []).filter((x) => !doneIds.has(x.id)) : null;

  const done = async (task: FollowUpTaskFieldsFragment) => {
    try {
      const d = await execute(CompleteFollowUpTaskMutation, { input: { id: task.id } });
      const first = d.completeFollowUpTask.errors[0];
      if (first && first.code !== 'INVALID_STATE') setError(new Error(first.message));
      else setDoneIds((prev) => new Set(prev).add(task.id));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="side-panel" aria-labelledby="due-tasks-title" data-testid="due-tasks">
      <h2 id="due-tasks-title">
        {t('acct.console.tasks')}
        {tasks ? <span className="count">{tasks.length}</span> : null}
      </h2>
      {error ? <ErrorBanner messages={[apiErrorText(error, t)]} /> : null}
      {tasks && tasks.length === 0 ? <p className="muted small">{t('acct.followUps.none')}</p> : null}
      <ul className="side-list">
        {(tasks ?? []).map((task) => (
          <li key={task.id} data-testid="due-task" data-id={task.id} className={task.overdue ? 'overdue' : ''}>
            <div className="side-line">
              <span className="side-date mono">{task.dueOn}</span>
              {task.customer ? <Link to={`/customers/${task.customer.id}`}>{task.customer.name}</Link> : null}
              <span className="badge">{t(`followUpKind.${task.kind}`)}</span>
              <button type="button" className="small done-button" onClick={() => void done(task)}>
                {t('due.done')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <Link to="/follow-ups">{t('acct.followUps.title')}</Link>
    </section>
  );
}
