// /prospects/:id — the prospect card (意向客户管理卡): the follow-up form (impression, content,
// bottleneck, plan, next date, new grade), the history with the supervisor's comments, and
// closing WON or LOST (a reason for LOST).
import { useState, type FormEvent } from 'react';
import { execute } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { apiErrorText } from '../../api/userErrors';
import type { ProspectGrade, ProspectQuery as ProspectData } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { ErrorBanner, Field, controlProps } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { useFormErrors } from '../../ui/useFormErrors';
import { GRADES, GradeChanger } from '../components/GradeChanger';
import {
  CloseProspectMutation,
  CommentOnFollowUpMutation,
  ProspectQuery,
  RecordProspectFollowUpMutation,
} from '../operations';

type Prospect = NonNullable<ProspectData['prospect']>;
const FOLLOW_UP_FIELDS = new Set(['content', 'impression', 'bottleneck', 'plan', 'nextDate', 'grade']);

export function ProspectPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { data, error, reload: refresh } = useQuery(ProspectQuery, { id });
  const prospect = data ? (data.prospect ?? null) : undefined;
  // What the last grade change did, said once the page shows the server's new date.
  const [changed, setChanged] = useState<string | null>(null);

  return (
    <main className="page prospect-page" id="main">
      <p>
        <Link to="/follow-ups">{t('acct.followUps.title')}</Link>
      </p>
      {error ? <ErrorBanner messages={[apiErrorText(error, t)]} /> : null}
      {prospect === undefined && !error ? <p className="muted">{t('app.loading')}</p> : null}
      {prospect === null ? <p className="empty">{t('app.notFound')}</p> : null}
      {prospect ? (
        <>
          <h1>
            {t('acct.prospect.title')}: {prospect.customer ? <Link to={`/customers/${prospect.customer.id}`}>{prospect.customer.name}</Link> : null}
          </h1>
          <dl className="prospect-facts" data-testid="prospect-facts">
            <dt>{t('acct.prospect.grade')}</dt>
            <dd data-testid="prospect-grade">{t(`prospectGrade.${prospect.grade}`)}</dd>
            <dt>{t('acct.prospect.status')}</dt>
            <dd data-testid="prospect-status">{t(`prospectStatus.${prospect.status}`)}</dd>
            <dt>{t('acct.prospect.next')}</dt>
            <dd data-testid="prospect-next">{prospect.nextFollowUpOn ?? '—'}</dd>
            <dt>{t('acct.prospect.owner')}</dt>
            <dd>{prospect.owner?.displayName ?? '—'}</dd>
            {prospect.interest ? (
              <>
                <dt>{t('acct.prospect.interest')}</dt>
                <dd>{prospect.interest}</dd>
              </>
            ) : null}
            {prospect.outcomeReason ? (
              <>
                <dt>{t('acct.prospect.reason')}</dt>
                <dd>{prospect.outcomeReason}</dd>
              </>
            ) : null}
          </dl>
          {prospect.status === 'OPEN' ? (
            <section className="panel" aria-labelledby="grade-title" data-testid="prospect-grade-panel">
              <h2 id="grade-title">{t('acct.grade.title')}</h2>
              <GradeChanger
                key={prospect.version}
                prospect={prospect}
                onChanged={(p) => {
                  setChanged(t('acct.grade.changed', { grade: p.grade, date: p.nextFollowUpOn ?? '—' }));
                  refresh();
                }}
              />
              <p role="status" className="muted" data-testid="grade-changed">
                {changed}
              </p>
            </section>
          ) : null}
          {prospect.status === 'OPEN' ? (
            <div className="prospect-forms">
              <FollowUpForm prospect={prospect} onDone={refresh} />
              <CloseForm prospect={prospect} onDone={refresh} />
            </div>
          ) : null}
          <section className="panel" aria-labelledby="history-title" data-testid="follow-up-history">
            <h2 id="history-title">{t('acct.prospect.history')}</h2>
            {prospect.followUps.length === 0 ? <p className="muted">{t('acct.prospect.noHistory')}</p> : null}
            <ol className="follow-up-history">
              {prospect.followUps.map((f) => (
                <li key={f.id} data-testid={`follow-up-${f.id}`}>
                  <p className="muted">
                    {formatDateTime(f.at, lang)} · {f.by?.displayName ?? '—'}
                    {f.grade ? ` · ${t(`prospectGrade.${f.grade}`)}` : ''}
                    {f.nextDate ? ` · ${t('acct.prospect.next')} ${f.nextDate}` : ''}
                  </p>
                  {f.impression ? <p><strong>{t('acct.fu.impression')}</strong> {f.impression}</p> : null}
                  <p><strong>{t('acct.fu.content')}</strong> {f.content}</p>
                  {f.bottleneck ? <p><strong>{t('acct.fu.bottleneck')}</strong> {f.bottleneck}</p> : null}
                  {f.plan ? <p><strong>{t('acct.fu.plan')}</strong> {f.plan}</p> : null}
                  {f.supervisorComment ? (
                    <p className="supervisor-comment">
                      <strong>{t('acct.fu.comment')}</strong> {f.supervisorComment} — {f.supervisor?.displayName}
                    </p>
                  ) : (
                    <CommentForm followUpId={f.id} onDone={refresh} />
                  )}
                </li>
              ))}
            </ol>
          </section>
        </>
      ) : null}
    </main>
  );
}

function FollowUpForm({ prospect, onDone }: { prospect: Prospect; onDone: () => void }) {
  const { t } = useI18n();
  const { errors, general, formRef, clear, check, showUserErrors, showFailure, reset } = useFormErrors();
  const [values, setValues] = useState({ impression: '', content: '', bottleneck: '', plan: '', nextDate: '', grade: '' });
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof values) => (value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    clear(key);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!check(values.content.trim() ? {} : { content: t('acct.fu.contentRequired') })) return;
    setBusy(true);
    try {
      const d = await execute(RecordProspectFollowUpMutation, {
        input: {
          prospectId: prospect.id,
          content: values.content,
          impression: values.impression || null,
          bottleneck: values.bottleneck || null,
          plan: values.plan || null,
          nextDate: values.nextDate || null,
          grade: (values.grade || null) as ProspectGrade | null,
        },
      });
      const refused = d.recordProspectFollowUp.errors;
      if (refused.length) showUserErrors(refused, FOLLOW_UP_FIELDS);
      else {
        reset();
        setValues({ impression: '', content: '', bottleneck: '', plan: '', nextDate: '', grade: '' });
        onDone();
      }
    } catch (err) {
      showFailure(err);
    } finally {
      setBusy(false);
    }
  };

  const area = (key: 'impression' | 'content' | 'bottleneck' | 'plan', label: string, required = false) => (
    <Field id={`fu-${key}`} label={label} error={errors[key]} required={required}>
      <textarea
        {...controlProps(`fu-${key}`, errors[key])}
        rows={2}
        value={values[key]}
        onChange={(e) => set(key)(e.target.value)}
      />
    </Field>
  );
  return (
    <form className="panel" ref={formRef} onSubmit={(e) => void submit(e)} noValidate data-testid="follow-up-form">
      <h2>{t('acct.fu.title')}</h2>
      <ErrorBanner messages={general} />
      {area('impression', t('acct.fu.impression'))}
      {area('content', t('acct.fu.content'), true)}
      {area('bottleneck', t('acct.fu.bottleneck'))}
      {area('plan', t('acct.fu.plan'))}
      <Field id="fu-nextDate" label={t('acct.fu.nextDate')} error={errors.nextDate} hint={t('acct.fu.nextDateHint')} hintId="fu-nextDate-hint">
        <input
          {...controlProps('fu-nextDate', errors.nextDate, 'fu-nextDate-hint')}
          type="date"
          value={values.nextDate}
          onChange={(e) => set('nextDate')(e.target.value)}
        />
      </Field>
      <Field id="fu-grade" label={t('acct.fu.grade')} error={errors.grade}>
        <select {...controlProps('fu-grade', errors.grade)} value={values.grade} onChange={(e) => set('grade')(e.target.value)}>
          <option value="">{t('acct.fu.keepGrade')}</option>
          {GRADES.map((g) => (
            <option key={g} value={g}>
              {t(`prospectGrade.${g}`)}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        {t('acct.fu.save')}
      </button>
    </form>
  );
}

function CloseForm({ prospect, onDone }: { prospect: Prospect; onDone: () => void }) {
  const { t } = useI18n();
  const { errors, general, formRef, clear, check, showUserErrors, showFailure } = useFormErrors();
  const [outcome, setOutcome] = useState<'WON' | 'LOST'>('WON');
  const [reason, setReason] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!check(outcome === 'LOST' && !reason.trim() ? { reason: t('acct.close.reasonRequired') } : {})) return;
    try {
      const d = await execute(CloseProspectMutation, {
        input: { id: prospect.id, outcome, reason: reason || null, expectedVersion: prospect.version },
      });
      const refused = d.closeProspect.errors;
      if (refused.length) showUserErrors(refused, new Set(['reason', 'outcome']));
      else onDone();
    } catch (err) {
      showFailure(err);
    }
  };
  return (
    <form className="panel" ref={formRef} onSubmit={(e) => void submit(e)} noValidate data-testid="close-form">
      <h2>{t('acct.close.title')}</h2>
      <ErrorBanner messages={general} />
      <fieldset className="inline-choices">
        <legend>{t('acct.close.outcome')}</legend>
        {(['WON', 'LOST'] as const).map((o) => (
          <label key={o}>
            <input type="radio" name="outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} /> {t(`prospectStatus.${o}`)}
          </label>
        ))}
      </fieldset>
      <Field id="close-reason" label={t('acct.close.reason')} error={errors.reason} required={outcome === 'LOST'}>
        <input
          {...controlProps('close-reason', errors.reason)}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            clear('reason');
          }}
        />
      </Field>
      <button type="submit">{t('acct.close.submit')}</button>
    </form>
  );
}

function CommentForm({ followUpId, onDone }: { followUpId: string; onDone: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {t('acct.fu.addComment')}
      </button>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const d = await execute(CommentOnFollowUpMutation, { input: { id: followUpId, comment: text } });
      if (d.commentOnFollowUp.errors.length) setError(d.commentOnFollowUp.errors[0]?.message ?? '');
      else onDone();
    } catch (err) {
      setError(apiErrorText(err, t));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="comment-form">
      <label htmlFor={`comment-${followUpId}`}>{t('acct.fu.comment')}</label>
      <input id={`comment-${followUpId}`} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit">{t('acct.fu.saveComment')}</button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}
