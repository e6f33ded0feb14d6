// /follow-ups: "my follow-ups" (overdue, due today, upcoming) with done, reschedule and a task made
// by hand, and the prospects board by grade (H/A/B/C columns). The board moves with the arrow keys:
// left/right between columns, up/down within one; Enter opens the prospect; each card's "grade"
// button changes its grade in place.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { execute } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { apiErrorText } from '../../api/userErrors';
import type { FollowUpTaskFieldsFragment, ProspectCardFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { ErrorBanner } from '../../ui/Field';
import { GradeChanger } from '../components/GradeChanger';
import { NewTaskForm } from '../components/NewTaskForm';
import {
  CompleteFollowUpTaskMutation,
  MyFollowUpsQuery,
  ProspectBoardQuery,
  RescheduleFollowUpTaskMutation,
} from '../operations';

type Task = FollowUpTaskFieldsFragment;

export function FollowUpsPage() {
  const { t } = useI18n();
  return (
    <main className="page follow-ups-page" id="main">
      <h1>{t('acct.followUps.title')}</h1>
      <div className="follow-ups-layout">
        <DueList />
        <ProspectBoard />
      </div>
    </main>
  );
}

function DueList() {
  const { t } = useI18n();
  const [team, setTeam] = useState(false);
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const { data, error, reload: refresh } = useQuery(MyFollowUpsQuery, { daysAhead: 7, team });
  const closeForm = () => {
    setAdding(false);
    addButton.current?.focus();
  };
  // The answer holds only the list it was asked for (@skip/@include on `team`), so it stays
  // consistent while the other one loads.
  const lists = (data?.teamFollowUps ?? data?.myFollowUps) || null;
  return (
    <section className="panel due-list" aria-labelledby="due-title" data-testid="my-follow-ups">
      <h2 id="due-title">{team ? t('acct.followUps.team') : t('acct.followUps.mine')}</h2>
      <label className="inline-check">
        <input type="checkbox" checked={team} onChange={(e) => setTeam(e.target.checked)} data-testid="due-team" />{' '}
        {t('acct.followUps.showTeam')}
      </label>{' '}
      <button
        type="button"
        ref={addButton}
        aria-expanded={adding}
        onClick={() => {
          setAdding((a) => !a);
          setCreated(null);
        }}
        data-testid="new-task"
      >
        {t('acct.newTask.open')}
      </button>
      {adding ? (
        <NewTaskForm
          today={lists?.today}
          onCancel={closeForm}
          onDone={(task) => {
            setCreated(t('acct.newTask.created', { title: task.title, date: task.dueOn }));
            closeForm();
            refresh();
          }}
        />
      ) : null}
      <p role="status" className="muted" data-testid="new-task-created">
        {created}
      </p>
      {error ? <ErrorBanner messages={[apiErrorText(error, t)]} /> : null}
      {lists === null && !error ? <p className="muted">{t('app.loading')}</p> : null}
      {lists ? (
        <>
          <TaskGroup title={t('acct.followUps.overdue')} tasks={lists.overdue} group="overdue" onChange={refresh} />
          <TaskGroup title={t('acct.followUps.dueToday')} tasks={lists.dueToday} group="today" onChange={refresh} />
          <TaskGroup title={t('acct.followUps.upcoming')} tasks={lists.upcoming} group="upcoming" onChange={refresh} />
        </>
      ) : null}
    </section>
  );
}

function TaskGroup({ title, tasks, group, onChange }: { title: string; tasks: Task[]; group: string; onChange: () => void }) {
  const { t } = useI18n();
  return (
    <div className={`task-group task-group-${group}`} data-testid={`due-${group}`}>
      <h3>
        {title} <span className="count">{tasks.length}</span>
      </h3>
      {tasks.length === 0 ? <p className="muted">{t('acct.followUps.none')}</p> : null}
      <ul className="task-list">
        {tasks.map((task) => (
          <TaskRow key={task.id} task={task} onChange={onChange} />
        ))}
      </ul>
    </div>
  );
}

export function TaskRow({ task, onChange }: { task: Task; onChange: () => void }) {
  const { t } = useI18n();
  const [moving, setMoving] = useState(false);
  const [date, setDate] = useState(task.dueOn);
  const [error, setError] = useState<string | null>(null);

  const complete = async () => {
    try {
      const d = await execute(CompleteFollowUpTaskMutation, { input: { id: task.id } });
      if (d.completeFollowUpTask.errors.length) setError(d.completeFollowUpTask.errors[0]?.message ?? '');
      else onChange();
    } catch (err) {
      setError(apiErrorText(err, t));
    }
  };
  const reschedule = async () => {
    try {
      const d = await execute(RescheduleFollowUpTaskMutation, { input: { id: task.id, dueOn: date } });
      if (d.rescheduleFollowUpTask.errors.length) setError(d.rescheduleFollowUpTask.errors[0]?.message ?? '');
      else {
        setMoving(false);
        onChange();
      }
    } catch (err) {
      setError(apiErrorText(err, t));
    }
  };
  return (
    <li className={`task-row${task.overdue ? ' overdue' : ''}`} data-testid={`task-${task.id}`}>
      <span className="task-due">{task.dueOn}</span>{' '}
      <span className="task-kind">{t(`followUpKind.${task.kind}`)}</span>{' '}
      {task.prospect ? <Link to={`/prospects/${task.prospect.id}`}>{task.title}</Link> : <span>{task.title}</span>}{' '}
      {task.customer ? <Link to={`/customers/${task.customer.id}`}>{task.customer.name}</Link> : null}
      {task.owner ? <span className="muted"> · {task.owner.displayName}</span> : null}
      <span className="actions tight">
        <button type="button" onClick={() => void complete()} data-testid="task-done">
          {t('acct.task.done')}
        </button>
        <button type="button" className="link-button" onClick={() => setMoving((m) => !m)}>
          {t('acct.task.reschedule')}
        </button>
      </span>
      {moving ? (
        <span className="task-move">
          <label htmlFor={`move-${task.id}`} className="visually-hidden">
            {t('acct.task.newDate')}
          </label>
          <input id={`move-${task.id}`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          <button type="button" onClick={() => void reschedule()}>
            {t('acct.task.save')}
          </button>
        </span>
      ) : null}
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </li>
  );
}

function ProspectBoard() {
  const { t } = useI18n();
  const { data, error, reload } = useQuery(ProspectBoardQuery, {});
  const columns = data?.prospectBoard ?? null;
  const [changing, setChanging] = useState<string | null>(null);
  const [changed, setChanged] = useState<{ id: string; text: string } | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);

  // After a grade change the card sits in its new column: the focus follows it there.
  useEffect(() => {
    if (!changed) return;
    boardRef.current?.querySelector<HTMLElement>(`[data-testid="board-card-${changed.id}"]`)?.focus();
  }, [changed, data]);

  const onChanged = (p: ProspectCardFieldsFragment) => {
    setChanging(null);
    setChanged({
      id: p.id,
      text: t('acct.grade.changedFor', { name: p.customer?.name ?? '', grade: p.grade, date: p.nextFollowUpOn ?? '—' }),
    });
    reload();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const col = Number(target.dataset.col);
    const row = Number(target.dataset.row);
    if (Number.isNaN(col) || Number.isNaN(row)) return;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [col - 1, row],
      ArrowRight: [col + 1, row],
      ArrowUp: [col, row - 1],
      ArrowDown: [col, row + 1],
    };
    const next = moves[event.key];
    if (!next) return;
    const board = event.currentTarget;
    let [c, r] = next;
    const inColumn = (ci: number) => board.querySelectorAll<HTMLElement>(`[data-col="${ci}"]`);
    if (c !== col) {
      // Skip empty columns; land on the nearest card of the next one.
      const step = c > col ? 1 : -1;
      while (c >= 0 && c < 4 && inColumn(c).length === 0) c += step;
      if (c < 0 || c > 3) return;
      r = Math.min(r, inColumn(c).length - 1);
    }
    const found = board.querySelector<HTMLElement>(`[data-col="${c}"][data-row="${r}"]`);
    if (found) {
      event.preventDefault();
      found.focus();
    }
  };

  return (
    <section className="panel prospect-board" aria-labelledby="board-title" data-testid="prospect-board">
      <h2 id="board-title">{t('acct.board.title')}</h2>
      <p className="muted">{t('acct.board.keys')}</p>
      {error ? <ErrorBanner messages={[apiErrorText(error, t)]} /> : null}
      {columns === null && !error ? <p className="muted">{t('app.loading')}</p> : null}
      <p role="status" className="muted" data-testid="board-grade-changed">
        {changed?.text}
      </p>
      <div className="board-columns" onKeyDown={onKeyDown} ref={boardRef}>
        {(columns ?? []).map((column, ci) => (
          <section key={column.grade} className={`board-column grade-${column.grade}`} data-testid={`board-${column.grade}`}>
            <h3>
              {t(`prospectGrade.${column.grade}`)} <span className="count">{column.count}</span>
            </h3>
            <ul>
              {column.prospects.map((p, ri) => (
                <li key={p.id}>
                  <Link
                    to={`/prospects/${p.id}`}
                    className={`board-card${p.overdue ? ' overdue' : ''}`}
                    data-col={ci}
                    data-row={ri}
                    data-testid={`board-card-${p.id}`}
                  >
                    <strong>{p.customer?.name}</strong>
                    <span className="board-next">
                      {t('acct.prospect.next')} {p.nextFollowUpOn}
                    </span>
                    {p.owner ? <span className="muted">{p.owner.displayName}</span> : null}
                  </Link>
                  {changing === p.id ? (
                    <GradeChanger
                      prospect={p}
                      autoFocus
                      onChanged={onChanged}
                      onCancel={() => {
                        setChanging(null);
                        boardRef.current?.querySelector<HTMLElement>(`[data-testid="board-card-${p.id}"]`)?.focus();
                      }}
                    />
                  ) : (
                    <button
                      type="button"
                      className="link-button small"
                      aria-label={t('acct.grade.changeFor', { name: p.customer?.name ?? '' })}
                      onClick={() => setChanging(p.id)}
                      data-testid={`board-grade-${p.id}`}
                    >
                      {t('acct.grade.open')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
