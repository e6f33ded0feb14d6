// The customer card's account panels: the prospect card and open follow-up tasks (SALES,
// MANAGER) with a task made by hand and the guest's event attendance, and the latest feedback
// with the record-feedback quick action (everyone at the desk).
import { useRef, useState, type FormEvent } from 'react';
import { execute } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { apiErrorText } from '../../api/userErrors';
import type { ProspectGrade } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { ErrorBanner, Field, controlProps } from '../../ui/Field';
import { useFormErrors } from '../../ui/useFormErrors';
import { CreateProspectMutation, CustomerAccountQuery, CustomerFeedbackQuery } from '../operations';
import { FeedbackTable, RecordFeedbackForm } from '../pages/FeedbackPage';
import { TaskRow } from '../pages/FollowUpsPage';
import { GRADES } from './GradeChanger';
import { NewTaskForm } from './NewTaskForm';
import { RecordAttendanceForm } from './RecordAttendanceForm';

export function ProspectPanel({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const { data, error, reload: refresh } = useQuery(CustomerAccountQuery, { id: customerId });
  const account = data?.customer ?? null;
  // One quick form at a time under the panel's buttons; closing gives the focus back to its button.
  const [action, setAction] = useState<'task' | 'event' | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const buttons = useRef<HTMLDivElement>(null);
  const close = (which: 'task' | 'event') => {
    setAction(null);
    buttons.current?.querySelector<HTMLElement>(`[data-action="${which}"]`)?.focus();
  };
  const toggle = (which: 'task' | 'event') => {
    setCreated(null);
    setAction((a) => (a === which ? null : which));
  };

  const open = account?.prospects.find((p) => p.status === 'OPEN');
  return (
    <section className="panel" aria-labelledby="prospect-panel-title" data-testid="prospect-panel">
      <h2 id="prospect-panel-title">{t('card.prospect')}</h2>
      {error ? <ErrorBanner messages={[apiErrorText(error, t)]} /> : null}
      {account ? (
        <>
          {open ? (
            <p data-testid="card-prospect">
              <Link to={`/prospects/${open.id}`}>{t(`prospectGrade.${open.grade}`)}</Link> · {t('acct.prospect.next')}{' '}
              {open.nextFollowUpOn}
            </p>
          ) : (
            <CreateProspectForm customerId={customerId} onDone={refresh} />
          )}
          {account.prospects
            .filter((p) => p.status !== 'OPEN')
            .map((p) => (
              <p key={p.id} className="muted">
                <Link to={`/prospects/${p.id}`}>{t(`prospectStatus.${p.status}`)}</Link> {p.outcomeReason ?? ''}
              </p>
            ))}
          <div className="actions tight" ref={buttons}>
            <button type="button" data-action="task" aria-expanded={action === 'task'} onClick={() => toggle('task')} data-testid="card-new-task">
              {t('acct.newTask.open')}
            </button>
            <button type="button" data-action="event" aria-expanded={action === 'event'} onClick={() => toggle('event')} data-testid="card-record-attendance">
              {t('acct.events.recordFromCard')}
            </button>
          </div>
          {action === 'task' ? (
            <NewTaskForm
              customer={{ id: account.id, name: account.name }}
              onCancel={() => close('task')}
              onDone={(task) => {
                setCreated(t('acct.newTask.created', { title: task.title, date: task.dueOn }));
                close('task');
                refresh();
              }}
            />
          ) : null}
          {action === 'event' ? <RecordAttendanceForm customer={{ id: account.id, name: account.name }} onDone={refresh} /> : null}
          <p role="status" className="muted" data-testid="card-task-created">
            {created}
          </p>
          <h3>{t('acct.card.tasks')}</h3>
          {account.followUpTasks.length === 0 ? <p className="muted">{t('acct.followUps.none')}</p> : null}
          <ul className="task-list">
            {account.followUpTasks.map((task) => (
              <TaskRow key={task.id} task={task} onChange={refresh} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function CreateProspectForm({ customerId, onDone }: { customerId: string; onDone: () => void }) {
  const { t } = useI18n();
  const { errors, general, formRef, showUserErrors, showFailure } = useFormErrors();
  const [grade, setGrade] = useState<ProspectGrade>('H');
  const [interest, setInterest] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const d = await execute(CreateProspectMutation, { input: { customerId, grade, interest: interest || null } });
      if (d.createProspect.errors.length) showUserErrors(d.createProspect.errors, new Set(['grade', 'interest']));
      else onDone();
    } catch (err) {
      showFailure(err);
    }
  };
  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate data-testid="create-prospect-form">
      <ErrorBanner messages={general} />
      <Field id="new-prospect-grade" label={t('acct.prospect.grade')} error={errors.grade}>
        <select
          {...controlProps('new-prospect-grade', errors.grade)}
          value={grade}
          onChange={(e) => setGrade(e.target.value as ProspectGrade)}
        >
          {GRADES.map((g) => (
            <option key={g} value={g}>
              {t(`prospectGrade.${g}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="new-prospect-interest" label={t('acct.prospect.interest')} error={errors.interest}>
        <input {...controlProps('new-prospect-interest', errors.interest)} value={interest} onChange={(e) => setInterest(e.target.value)} />
      </Field>
      <button type="submit">{t('acct.prospect.create')}</button>
    </form>
  );
}

export function FeedbackPanel({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const { data, error, reload } = useQuery(CustomerFeedbackQuery, { id: customerId });
  const [recording, setRecording] = useState(false);

  return (
    <section className="panel" aria-labelledby="feedback-panel-title" data-testid="feedback-panel">
      <h2 id="feedback-panel-title">{t('card.feedback')}</h2>
      {error ? <ErrorBanner messages={[apiErrorText(error, t)]} /> : null}
      <button type="button" onClick={() => setRecording((r) => !r)} data-testid="card-record-feedback">
        {t('acct.feedback.record')}
      </button>
      {recording ? (
        <RecordFeedbackForm
          customerId={customerId}
          onDone={() => {
            setRecording(false);
            reload();
          }}
        />
      ) : null}
      <FeedbackTable rows={data?.customer?.feedback ?? []} />
    </section>
  );
}
