// One complaint: its details, a button for each move the server allows now (with a dialog for
// what the move needs), editing, assigning, notes, the timeline and the linked procedures.
import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { execute, isAbortError } from '../../api/client';
import { apiErrorText, type UserErrorLike } from '../../api/userErrors';
import { can } from '../../auth/roles';
import { useSession } from '../../auth/session';
import type { ComplaintDetailFragment, ComplaintStatus, MoveComplaintInput, Severity } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { ErrorBanner, Field, controlProps } from '../../ui/Field';
import { formatDateTime, formatFen, yuanToFen } from '../../ui/format';
import { useFormErrors, type FormErrors } from '../../ui/useFormErrors';
import { ComplaintStatusBadge, SeverityBadge } from '../components/Badges';
import { useAssignees } from '../components/useAssignees';
import { CATEGORIES, DEPARTMENTS, SEVERITIES } from '../labels';
import {
  AddComplaintNoteMutation,
  ComplaintQuery,
  MoveComplaintMutation,
  UpdateComplaintMutation,
} from '../operations';

type Load =
  | { state: 'loading' }
  | { state: 'error'; error: unknown }
  | { state: 'notFound' }
  | { state: 'ready'; complaint: ComplaintDetailFragment };

export function ComplaintPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [dialog, setDialog] = useState<ComplaintStatus | 'edit' | null>(null);
  const [status, setStatus] = useState('');

  const fetchComplaint = useCallback(async (signal?: AbortSignal) => (await execute(ComplaintQuery, { id }, { signal })).complaint, [id]);
  const reload = useCallback(async () => {
    const c = await fetchComplaint();
    setLoad(c ? { state: 'ready', complaint: c } : { state: 'notFound' });
  }, [fetchComplaint]);

  useEffect(() => {
    const controller = new AbortController();
    fetchComplaint(controller.signal)
      .then((c) => setLoad(c ? { state: 'ready', complaint: c } : { state: 'notFound' }))
      .catch((error: unknown) => {
        if (!isAbortError(error)) setLoad({ state: 'error', error });
      });
    return () => controller.abort();
  }, [fetchComplaint]);

  if (load.state !== 'ready') {
    return (
      <main className="page" id="main">
        {load.state === 'loading' ? <p className="muted">{t('app.loading')}</p> : null}
        {load.state === 'error' ? <ErrorBanner messages={[apiErrorText(load.error, t)]} /> : null}
        {load.state === 'notFound' ? <p className="empty">{t('complaints.notFound')}</p> : null}
        <Link to="/complaints">{t('complaints.backToBoard')}</Link>
      </main>
    );
  }
  const c = load.complaint;
  const done = (next: ComplaintDetailFragment, message: string) => {
    setLoad({ state: 'ready', complaint: next });
    setDialog(null);
    setStatus(message);
  };
  const manager = can(user?.role, 'manageComplaints');

  return (
    <main className="page complaint-detail" id="main" data-testid="complaint-detail" data-status={c.status}>
      <p>
        <Link to="/complaints">{t('complaints.backToBoard')}</Link>
      </p>
      <header className="complaint-head">
        <h1>
          {t('complaints.title', { id: c.id })} <ComplaintStatusBadge status={c.status} /> <SeverityBadge severity={c.severity} />
          {c.overdue ? <span className="badge overdue-badge">{t('complaints.overdueBadge')}</span> : null}
        </h1>
        <div className="workflow-actions" role="toolbar" aria-label={t('complaints.workflow')} data-testid="workflow-actions">
          {c.allowedTransitions.map((to) => (
            <button key={to} type="button" className={to === 'RESOLVED' ? 'primary' : ''} data-move={to} onClick={() => setDialog(to)}>
              {t(`complaints.move.${to}`)}
            </button>
          ))}
          {c.canEdit ? (
            <button type="button" onClick={() => setDialog('edit')} data-testid="edit-complaint">
              {t('complaints.edit')}
            </button>
          ) : null}
          {manager && (c.status === 'RESOLVED' || c.status === 'CLOSED') ? (
            <Link className="button" to={`/knowledge/new?fromComplaint=${encodeURIComponent(c.id)}`} data-testid="create-article">
              {t('complaints.createArticle')}
            </Link>
          ) : null}
        </div>
      </header>
      {status ? (
        <p className="banner banner-success" role="status">
          {status}
        </p>
      ) : null}
      {dialog === 'edit' ? (
        <EditDialog complaint={c} manager={manager} onDone={(next) => done(next, t('complaints.saved'))} onClose={() => setDialog(null)} />
      ) : dialog ? (
        <MoveDialog
          complaint={c}
          to={dialog}
          onDone={(next) => done(next, t('complaints.moved', { status: t(`complaintStatus.${next.status}`) }))}
          onClose={() => setDialog(null)}
        />
      ) : null}
      <div className="complaint-columns">
        <section className="complaint-facts" aria-label={t('complaints.details')}>
          <dl className="facts">
            <Fact label={t('complaints.customer')}>
              {c.customer ? <Link to={`/customers/${encodeURIComponent(c.customer.id)}`}>{c.customer.name}</Link> : t('complaints.noCustomer')}
            </Fact>
            <Fact label={t('complaints.channel')}>{c.channel ?? '—'}</Fact>
            <Fact label={t('complaints.category')}>{c.category ?? '—'}</Fact>
            <Fact label={t('complaints.departments')}>{c.departments.length ? c.departments.join('、') : '—'}</Fact>
            <Fact label={t('complaints.assignee')}>{c.assignee?.displayName ?? t('complaints.unassigned')}</Fact>
            <Fact label={t('complaints.filedBy')}>
              {c.filedBy?.displayName ?? '—'} · {formatDateTime(c.filedAt, lang)}
            </Fact>
            <Fact label={t('complaints.dueAt')}>
              <span data-testid="due-at">{formatDateTime(c.dueAt, lang)}</span>
            </Fact>
            <Fact label={t('complaints.description')}>
              <span className="pre">{c.description}</span>
            </Fact>
            <Fact label={t('complaints.rootCause')}>{c.rootCause ?? '—'}</Fact>
            <Fact label={t('complaints.resolution')}>{c.resolution ?? '—'}</Fact>
            <Fact label={t('complaints.compensation')}>{formatFen(c.compensation)}</Fact>
            <Fact label={t('complaints.staffAtFault')}>
              {c.staffAtFault === null || c.staffAtFault === undefined
                ? '—'
                : c.staffAtFault
                  ? `${t('common.yes')}${c.staffAtFaultWho ? ` · ${c.staffAtFaultWho}` : ''}`
                  : t('common.no')}
            </Fact>
            <Fact label={t('complaints.satisfied')}>
              {c.satisfied === null || c.satisfied === undefined ? '—' : c.satisfied ? t('common.yes') : t('common.no')}
            </Fact>
          </dl>
          <section aria-labelledby="linked-title">
            <h2 id="linked-title">{t('complaints.linkedArticles')}</h2>
            {c.suggestedArticles.length === 0 ? (
              <p className="muted">{t('complaints.noLinked')}</p>
            ) : (
              <ol data-testid="linked-articles">
                {c.suggestedArticles.map((a) => (
                  <li key={a.id}>
                    <Link to={`/knowledge/${a.id}`}>{a.title}</Link>
                    {a.category ? <span className="muted small"> · {a.category}</span> : null}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </section>
        <section className="complaint-timeline" aria-labelledby="timeline-title">
          <h2 id="timeline-title">{t('complaints.timeline')}</h2>
          <NoteForm complaintId={c.id} onAdded={() => void reload()} />
          <ol className="timeline" data-testid="complaint-timeline">
            {[...c.timeline].reverse().map((e) => (
              <li key={e.id} data-action={e.action}>
                <div className="timeline-head">
                  <strong>{actionLabel(e.action, t)}</strong>
                  <span className="muted small">
                    {' '}
                    {e.actor?.displayName ?? t('complaints.system')} · {formatDateTime(e.at, lang)}
                  </span>
                </div>
                {e.changes.length ? (
                  <ul className="changes">
                    {e.changes.map((ch) => (
                      <li key={ch.field}>
                        {fieldLabel(ch.field, t)}
                        {t('common.colon')}
                        {ch.before !== null && ch.before !== undefined ? <del>{valueText(ch.field, ch.before, t)}</del> : null}
                        {ch.before !== null && ch.before !== undefined ? ' → ' : null}
                        {valueText(ch.field, ch.after ?? null, t)}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {e.note ? <p className="pre">{e.note}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </main>
  );
}

type T = ReturnType<typeof useI18n>['t'];

const ACTIONS = ['FILED', 'UPDATED', 'ASSIGNED', 'NOTE', 'ESCALATED', 'OPEN', 'INVESTIGATING', 'RESOLVED', 'CLOSED', 'REOPENED'] as const;
function actionLabel(action: string, t: T): string {
  return (ACTIONS as readonly string[]).includes(action) ? t(`complaints.action.${action as (typeof ACTIONS)[number]}`) : action;
}

const FIELD_LABELS = {
  severity: 'complaints.severity',
  category: 'complaints.category',
  channel: 'complaints.channel',
  customerId: 'complaints.customer',
  assignee: 'complaints.assignee',
  departments: 'complaints.departments',
  dueAt: 'complaints.dueAt',
  rootCause: 'complaints.rootCause',
  resolution: 'complaints.resolution',
  compensation: 'complaints.compensation',
  staffAtFault: 'complaints.staffAtFault',
  staffAtFaultWho: 'complaints.staffAtFaultWho',
  satisfied: 'complaints.satisfied',
} as const;
function fieldLabel(field: string, t: T): string {
  return field in FIELD_LABELS ? t(FIELD_LABELS[field as keyof typeof FIELD_LABELS]) : field;
}

function valueText(field: string, value: string | null, t: T): string {
  if (value === null) return '—';
  if (value === 'true') return t('common.yes');
  if (value === 'false') return t('common.no');
  if (field === 'severity' && (SEVERITIES as readonly string[]).includes(value)) return t(`severity.${value as Severity}`);
  if (field === 'compensation') return formatFen(Number(value));
  if (field === 'dueAt') return formatDateTime(value, 'zh-CN');
  return value;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function NoteForm({ complaintId, onAdded }: { complaintId: string; onAdded: () => void }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, general, formRef, clear, check, showUserErrors, showFailure } = useFormErrors();
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy || !check(note.trim() ? {} : { note: t('errorCode.REQUIRED') })) return;
    setBusy(true);
    try {
      const { addComplaintNote } = await execute(AddComplaintNoteMutation, { input: { id: complaintId, note } });
      if (addComplaintNote.errors.length === 0) {
        setNote('');
        onAdded();
      } else showUserErrors(addComplaintNote.errors, new Set(['note']));
    } catch (err) {
      showFailure(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="note-form">
      <ErrorBanner messages={general} />
      <Field id="c-note" label={t('complaints.addNote')} error={errors.note}>
        <textarea
          {...controlProps('c-note', errors.note)}
          rows={2}
          maxLength={2000}
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
            clear('note');
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
          }}
        />
      </Field>
      <button type="submit" className="small" disabled={busy} data-testid="add-note">
        {t('complaints.addNote')}
      </button>
    </form>
  );
}

/** Sends a change; the changed complaint goes to onDone, refusals beside their fields. */
function useSave(form: FormErrors, onDone: (next: ComplaintDetailFragment) => void) {
  const [busy, setBusy] = useState(false);
  const save = async (
    send: () => Promise<{ complaint?: ComplaintDetailFragment | null; errors: readonly UserErrorLike[] }>,
    fields: ReadonlySet<string>,
  ) => {
    if (busy) return;
    setBusy(true);
    try {
      const result = await send();
      if (result.complaint && result.errors.length === 0) onDone(result.complaint);
      else form.showUserErrors(result.errors, fields);
    } catch (err) {
      form.showFailure(err);
    } finally {
      setBusy(false);
    }
  };
  return { busy, save };
}

/** A dialog of the detail page: title, errors not tied to a field, the controls, save and cancel (Esc). */
function DialogForm({
  form,
  name,
  title,
  submitLabel,
  onSubmit,
  onClose,
  busy,
  children,
}: {
  form: FormErrors;
  name: string;
  title: string;
  submitLabel: string;
  onSubmit: (event?: FormEvent) => void;
  onClose: () => void;
  busy: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { errors, general, formRef } = form;
  const whole = ['status', 'expectedVersion'].flatMap((k) => (errors[k] ? [errors[k]] : []));
  return (
    <form
      ref={formRef}
      className="dialog-form"
      onSubmit={onSubmit}
      noValidate
      role="dialog"
      aria-labelledby={`${name}-title`}
      data-testid={`${name}-dialog`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h2 id={`${name}-title`}>{title}</h2>
      <ErrorBanner messages={[...general, ...whole]} />
      {children}
      <div className="actions tight">
        <button type="submit" className="primary" disabled={busy} data-testid={`${name}-confirm`}>
          {submitLabel}
        </button>
        <button type="button" onClick={onClose}>
          {t('complaints.cancel')}
        </button>
      </div>
    </form>
  );
}

const MOVE_FIELDS: ReadonlySet<string> = new Set([
  'note',
  'resolution',
  'rootCause',
  'compensation',
  'staffAtFault',
  'staffAtFaultWho',
  'satisfied',
  'status',
  'expectedVersion',
]);

function MoveDialog({
  complaint,
  to,
  onDone,
  onClose,
}: {
  complaint: ComplaintDetailFragment;
  to: ComplaintStatus;
  onDone: (next: ComplaintDetailFragment) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [resolution, setResolution] = useState(complaint.resolution ?? '');
  const [rootCause, setRootCause] = useState(complaint.rootCause ?? '');
  const [compensation, setCompensation] = useState(complaint.compensation ? String(complaint.compensation / 100) : '');
  const [fault, setFault] = useState<'' | 'yes' | 'no'>(complaint.staffAtFault === true ? 'yes' : complaint.staffAtFault === false ? 'no' : '');
  const [who, setWho] = useState(complaint.staffAtFaultWho ?? '');
  const [satisfied, setSatisfied] = useState<'' | 'yes' | 'no'>('');
  const form = useFormErrors();
  const { errors, clear, check } = form;
  const { busy, save } = useSave(form, onDone);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const local: Record<string, string> = {};
    const fen = compensation.trim() ? yuanToFen(compensation) : 0;
    if (to === 'RESOLVED' && !resolution.trim()) local.resolution = t('errorCode.REQUIRED');
    if (to === 'RESOLVED' && fen === null) local.compensation = t('complaints.compensationInvalid');
    if (to === 'CLOSED' && !satisfied) local.satisfied = t('errorCode.REQUIRED');
    if (to === 'REOPENED' && !note.trim()) local.note = t('errorCode.REQUIRED');
    if (!check(local)) return;
    const input: MoveComplaintInput = { id: complaint.id, expectedVersion: complaint.version, status: to, note: note.trim() || null };
    if (to === 'RESOLVED') {
      Object.assign(input, {
        resolution,
        rootCause: rootCause.trim() || null,
        compensation: fen,
        staffAtFault: fault === '' ? null : fault === 'yes',
        staffAtFaultWho: fault === 'yes' ? who : null,
      });
    }
    if (to === 'CLOSED') input.satisfied = satisfied === 'yes';
    await save(async () => (await execute(MoveComplaintMutation, { input })).moveComplaint, MOVE_FIELDS);
  };

  return (
    <DialogForm form={form} name="move" title={t(`complaints.move.${to}`)} submitLabel={t(`complaints.move.${to}`)} onSubmit={submit} onClose={onClose} busy={busy}>
      <div className="form-grid">
        {to === 'RESOLVED' ? (
          <>
            <Field id="m-resolution" label={t('complaints.resolution')} error={errors.resolution} required className="span-all">
              <textarea
                {...controlProps('m-resolution', errors.resolution)}
                autoFocus
                rows={3}
                value={resolution}
                onChange={(e) => {
                  setResolution(e.target.value);
                  clear('resolution');
                }}
              />
            </Field>
            <Field id="m-rootCause" label={t('complaints.rootCause')} error={errors.rootCause} className="span-all">
              <textarea {...controlProps('m-rootCause', errors.rootCause)} rows={2} value={rootCause} onChange={(e) => setRootCause(e.target.value)} />
            </Field>
            <Field id="m-compensation" label={t('complaints.compensationYuan')} error={errors.compensation}>
              <input
                {...controlProps('m-compensation', errors.compensation)}
                inputMode="decimal"
                className="num"
                value={compensation}
                onChange={(e) => {
                  setCompensation(e.target.value);
                  clear('compensation');
                }}
              />
            </Field>
            <Field id="m-fault" label={t('complaints.staffAtFault')} error={errors.staffAtFault}>
              <select {...controlProps('m-fault', errors.staffAtFault)} value={fault} onChange={(e) => setFault(e.target.value as '' | 'yes' | 'no')}>
                <option value="">—</option>
                <option value="yes">{t('common.yes')}</option>
                <option value="no">{t('common.no')}</option>
              </select>
            </Field>
            {fault === 'yes' ? (
              <Field id="m-who" label={t('complaints.staffAtFaultWho')} error={errors.staffAtFaultWho}>
                <input {...controlProps('m-who', errors.staffAtFaultWho)} value={who} maxLength={200} onChange={(e) => setWho(e.target.value)} />
              </Field>
            ) : null}
          </>
        ) : null}
        {to === 'CLOSED' ? (
          <fieldset className="span-all" aria-invalid={errors.satisfied ? true : undefined}>
            <legend>{t('complaints.satisfiedQuestion')}</legend>
            <label>
              <input type="radio" name="satisfied" value="yes" checked={satisfied === 'yes'} onChange={() => setSatisfied('yes')} />{' '}
              {t('common.yes')}
            </label>{' '}
            <label>
              <input type="radio" name="satisfied" value="no" checked={satisfied === 'no'} onChange={() => setSatisfied('no')} /> {t('common.no')}
            </label>
            {errors.satisfied ? <div className="field-error">{errors.satisfied}</div> : null}
          </fieldset>
        ) : null}
        <Field id="m-note" label={to === 'REOPENED' ? t('complaints.reopenReason') : t('complaints.note')} error={errors.note} required={to === 'REOPENED'} className="span-all">
          <textarea
            {...controlProps('m-note', errors.note)}
            autoFocus={to !== 'RESOLVED'}
            rows={2}
            value={note}
            onChange={(e) => {
              setNote(e.target.value);
              clear('note');
            }}
          />
        </Field>
      </div>
    </DialogForm>
  );
}

const EDIT_FIELDS: ReadonlySet<string> = new Set(['assigneeId', 'category', 'severity', 'departments', 'rootCause', 'expectedVersion', 'note']);

function EditDialog({
  complaint,
  manager,
  onDone,
  onClose,
}: {
  complaint: ComplaintDetailFragment;
  manager: boolean;
  onDone: (next: ComplaintDetailFragment) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [assigneeId, setAssigneeId] = useState(complaint.assignee?.id ?? '');
  const [category, setCategory] = useState(complaint.category ?? '');
  const [severity, setSeverity] = useState<Severity>(complaint.severity);
  const [departments, setDepartments] = useState<string[]>(complaint.departments);
  const [rootCause, setRootCause] = useState(complaint.rootCause ?? '');
  const [note, setNote] = useState('');
  const assignees = useAssignees(manager);
  const form = useFormErrors();
  const { errors } = form;
  const { busy, save } = useSave(form, onDone);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    await save(
      async () =>
        (
          await execute(UpdateComplaintMutation, {
            input: {
          id: complaint.id,
          expectedVersion: complaint.version,
          ...(manager && assigneeId !== (complaint.assignee?.id ?? '') ? { assigneeId: assigneeId || null } : {}),
          category: category.trim() || null,
          severity,
          departments,
          rootCause: rootCause.trim() || null,
          note: note.trim() || null,
        },
          })
        ).updateComplaint,
      EDIT_FIELDS,
    );
  };

  return (
    <DialogForm form={form} name="edit" title={t('complaints.edit')} submitLabel={t('complaints.save')} onSubmit={submit} onClose={onClose} busy={busy}>
      <div className="form-grid">
        {manager ? (
          <Field id="e-assignee" label={t('complaints.assignee')} error={errors.assigneeId}>
            <select {...controlProps('e-assignee', errors.assigneeId)} autoFocus value={assigneeId} onChange={(e) => setAssigneeId(e.target.value)}>
              <option value="">{t('complaints.unassigned')}</option>
              {assignees.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.displayName}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        <Field id="e-category" label={t('complaints.category')} error={errors.category}>
          <input {...controlProps('e-category', errors.category)} list="e-category-options" value={category} onChange={(e) => setCategory(e.target.value)} />
        </Field>
        <Field id="e-severity" label={t('complaints.severity')} error={errors.severity} hint={t('complaints.severityHint')} hintId="e-severity-hint">
          <select {...controlProps('e-severity', errors.severity, 'e-severity-hint')} value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`severity.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="span-all departments">
          <legend>{t('complaints.departments')}</legend>
          {DEPARTMENTS.map((d) => (
            <label key={d}>
              <input
                type="checkbox"
                checked={departments.includes(d)}
                onChange={(e) => setDepartments((prev) => (e.target.checked ? [...prev, d] : prev.filter((x) => x !== d)))}
              />{' '}
              {d}
            </label>
          ))}
          {errors.departments ? <div className="field-error">{errors.departments}</div> : null}
        </fieldset>
        <Field id="e-rootCause" label={t('complaints.rootCause')} error={errors.rootCause} className="span-all">
          <textarea {...controlProps('e-rootCause', errors.rootCause)} rows={2} value={rootCause} onChange={(e) => setRootCause(e.target.value)} />
        </Field>
        <Field id="e-note" label={t('complaints.note')} error={errors.note} className="span-all">
          <textarea {...controlProps('e-note', errors.note)} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
      </div>
      <datalist id="e-category-options">
        {CATEGORIES.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
    </DialogForm>
  );
}
