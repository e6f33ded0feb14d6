// /feedback — the feedback list with filters, the averages by category and month (managers),
// and the record-feedback form (also on the customer card).
import { useState, type FormEvent } from 'react';
import { execute } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { apiErrorText } from '../../api/userErrors';
import { can } from '../../auth/roles';
import type { FeedbackFieldsFragment, FeedbackSummaryQuery as SummaryData, Role } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { ErrorBanner, Field, controlProps } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { useFormErrors } from '../../ui/useFormErrors';
import { FeedbackListQuery, FeedbackSummaryQuery, FollowUpFeedbackMutation, RecordFeedbackMutation } from '../operations';

export const CHANNELS = ['PHONE', 'EMAIL', 'SURVEY', 'IN_PERSON', 'ONLINE_REVIEW', 'WECHAT'] as const;
const FEEDBACK_FIELDS = new Set(['text', 'rating', 'category', 'channel', 'customerId']);

interface Filters {
  category: string;
  rating: string;
  channel: string;
  from: string;
  to: string;
  needsFollowUp: boolean;
}

export function FeedbackPage({ role }: { role: Role | null | undefined }) {
  const { t } = useI18n();
  const [filters, setFilters] = useState<Filters>({ category: '', rating: '', channel: '', from: '', to: '', needsFollowUp: false });
  const { data, error, reload } = useQuery(FeedbackListQuery, {
    first: 50,
    category: filters.category || null,
    rating: filters.rating ? Number(filters.rating) : null,
    channel: filters.channel || null,
    from: filters.from || null,
    to: filters.to || null,
    needsFollowUp: filters.needsFollowUp || null,
  });
  // A follow-up recorded in a row shows there at once, without asking for the list again. It belongs
  // to the answer it was recorded on: a newer answer (reload, other filters) has the server's rows.
  const [followedUp, setFollowedUp] = useState<{ of: unknown; rows: Readonly<Record<string, FeedbackFieldsFragment>> }>({
    of: null,
    rows: {},
  });
  const recorded = followedUp.of === data ? followedUp.rows : {};
  const rows = data ? data.feedback.edges.map((e) => recorded[e.node.id] ?? e.node) : null;
  const total = data?.feedback.totalCount ?? 0;

  const set = (key: keyof Filters) => (value: string | boolean) => setFilters((f) => ({ ...f, [key]: value }));
  return (
    <main className="page feedback-page" id="main">
      <h1>{t('acct.feedback.title')}</h1>
      {can(role, 'feedbackSummary') ? <FeedbackSummary /> : null}
      <RecordFeedbackForm onDone={reload} />
      <section className="panel" aria-labelledby="feedback-list-title">
        <h2 id="feedback-list-title">
          {t('acct.feedback.list')} <span className="count">{total}</span>
        </h2>
        <div className="filters" role="search">
          <label>
            {t('acct.feedback.category')}{' '}
            <input id="fb-filter-category" value={filters.category} onChange={(e) => set('category')(e.target.value)} />
          </label>
          <label>
            {t('acct.feedback.rating')}{' '}
            <select id="fb-filter-rating" value={filters.rating} onChange={(e) => set('rating')(e.target.value)}>
              <option value="">{t('acct.feedback.all')}</option>
              {[5, 4, 3, 2, 1].map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('acct.feedback.channel')}{' '}
            <select id="fb-filter-channel" value={filters.channel} onChange={(e) => set('channel')(e.target.value)}>
              <option value="">{t('acct.feedback.all')}</option>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`feedbackChannel.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('acct.feedback.from')} <input type="date" value={filters.from} onChange={(e) => set('from')(e.target.value)} />
          </label>
          <label>
            {t('acct.feedback.to')} <input type="date" value={filters.to} onChange={(e) => set('to')(e.target.value)} />
          </label>
          <label>
            <input type="checkbox" checked={filters.needsFollowUp} onChange={(e) => set('needsFollowUp')(e.target.checked)} />{' '}
            {t('acct.feedback.needsFollowUp')}
          </label>
        </div>
        {error ? <ErrorBanner messages={[apiErrorText(error, t)]} /> : null}
        <FeedbackTable
          rows={rows ?? []}
          onFollowedUp={(done) =>
            setFollowedUp((prev) => ({ of: data, rows: { ...(prev.of === data ? prev.rows : {}), [done.id]: done } }))
          }
        />
      </section>
    </main>
  );
}

/** Records what was done about a piece of feedback, in its row. */
function FollowUpForm({ feedback, onDone }: { feedback: FeedbackFieldsFragment; onDone: (f: FeedbackFieldsFragment) => void }) {
  const { t } = useI18n();
  const { errors, general, formRef, clear, check, showUserErrors, showFailure } = useFormErrors();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const id = `follow-up-${feedback.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !check(text.trim() ? {} : { followUp: t('errorCode.REQUIRED') })) return;
    setBusy(true);
    try {
      const { followUpFeedback } = await execute(FollowUpFeedbackMutation, { input: { id: feedback.id, followUp: text.trim() } });
      if (followUpFeedback.errors.length === 0 && followUpFeedback.feedback) onDone(followUpFeedback.feedback);
      else showUserErrors(followUpFeedback.errors, new Set(['followUp']));
    } catch (err) {
      showFailure(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form ref={formRef} className="inline-form" onSubmit={(e) => void submit(e)} noValidate data-testid="feedback-follow-up">
      <ErrorBanner messages={general} />
      <label className="visually-hidden" htmlFor={id}>
        {t('acct.feedback.followUp')}
      </label>
      <input
        value={text}
        placeholder={t('acct.feedback.followUpPlaceholder')}
        onChange={(e) => {
          setText(e.target.value);
          clear('followUp');
        }}
        {...controlProps(id, errors.followUp)}
      />
      {errors.followUp ? (
        <span className="field-error" id={`${id}-error`} data-field-error={id}>
          {errors.followUp}
        </span>
      ) : null}
      <button type="submit" className="small" disabled={busy}>
        {t('acct.feedback.followUpSave')}
      </button>
    </form>
  );
}

export function FeedbackTable({
  rows,
  onFollowedUp,
}: {
  rows: readonly FeedbackFieldsFragment[];
  /** Given: rows without a follow-up get a form to record one. */
  onFollowedUp?: (f: FeedbackFieldsFragment) => void;
}) {
  const { t, lang } = useI18n();
  if (rows.length === 0) return <p className="muted">{t('acct.feedback.none')}</p>;
  return (
    <table className="data-table feedback-table" data-testid="feedback-table">
      <thead>
        <tr>
          <th scope="col">{t('acct.feedback.receivedAt')}</th>
          <th scope="col">{t('acct.feedback.rating')}</th>
          <th scope="col">{t('acct.feedback.category')}</th>
          <th scope="col">{t('acct.feedback.text')}</th>
          <th scope="col">{t('acct.feedback.customer')}</th>
          <th scope="col">{t('acct.feedback.followUp')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((f) => (
          <tr key={f.id}>
            <td>{formatDateTime(f.receivedAt, lang)}</td>
            <td className="rating" aria-label={f.rating ? `${f.rating}/5` : undefined}>
              {f.rating ? '★'.repeat(f.rating) : '—'}
            </td>
            <td>{f.category ?? '—'}</td>
            <td>{f.text}</td>
            <td>{f.customer ? <Link to={`/customers/${f.customer.id}`}>{f.customer.name}</Link> : '—'}</td>
            <td>{f.followUp ?? (onFollowedUp ? <FollowUpForm feedback={f} onDone={onFollowedUp} /> : '—')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FeedbackSummary() {
  const { t } = useI18n();
  const { data, error } = useQuery(FeedbackSummaryQuery, {});
  const summary = data?.feedbackSummary;
  if (error) return <ErrorBanner messages={[apiErrorText(error, t)]} />;
  if (!summary) return null;
  const bars = (rows: SummaryData['feedbackSummary']['byMonth'], label: string) => (
    <table className="data-table summary-bars">
      <caption>{label}</caption>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.key || t('acct.feedback.uncategorised')}</th>
            <td>{r.count}</td>
            <td className="bar-cell">
              <span className="bar" style={{ width: `${((r.averageRating ?? 0) / 5) * 100}%` }} />
              <span className="bar-value">{r.averageRating?.toFixed(2) ?? '—'}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section className="panel feedback-summary" aria-labelledby="fb-summary-title" data-testid="feedback-summary">
      <h2 id="fb-summary-title">{t('acct.feedback.summary', { from: summary.from, to: summary.to })}</h2>
      <p>
        {t('acct.feedback.total')} <strong>{summary.total}</strong> · {t('acct.feedback.average')}{' '}
        <strong data-testid="feedback-average">{summary.averageRating?.toFixed(2) ?? '—'}</strong>
      </p>
      <div className="summary-grid">
        {bars(summary.byCategory, t('acct.feedback.byCategory'))}
        {bars(summary.byMonth, t('acct.feedback.byMonth'))}
      </div>
    </section>
  );
}

export function RecordFeedbackForm({ customerId, onDone }: { customerId?: string; onDone: () => void }) {
  const { t } = useI18n();
  const { errors, general, formRef, clear, check, showUserErrors, showFailure, reset } = useFormErrors();
  const empty = { text: '', rating: '', category: '', channel: '' };
  const [values, setValues] = useState(empty);
  const [saved, setSaved] = useState(false);
  const prefix = customerId ? 'card-fb' : 'fb';
  const set = (key: keyof typeof empty) => (value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    clear(key);
    setSaved(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!check(values.text.trim() ? {} : { text: t('acct.feedback.textRequired') })) return;
    try {
      const d = await execute(RecordFeedbackMutation, {
        input: {
          text: values.text,
          rating: values.rating ? Number(values.rating) : null,
          category: values.category || null,
          channel: values.channel || null,
          customerId: customerId ?? null,
        },
      });
      if (d.recordFeedback.errors.length) showUserErrors(d.recordFeedback.errors, FEEDBACK_FIELDS);
      else {
        reset();
        setValues(empty);
        setSaved(true);
        onDone();
      }
    } catch (err) {
      showFailure(err);
    }
  };
  return (
    <form className="panel record-feedback" ref={formRef} onSubmit={(e) => void submit(e)} noValidate data-testid={`${prefix}-form`}>
      <h2>{t('acct.feedback.record')}</h2>
      <ErrorBanner messages={general} />
      {saved ? (
        <p className="banner banner-ok" role="status">
          {t('acct.feedback.saved')}
        </p>
      ) : null}
      <fieldset className="rating-choices">
        <legend>{t('acct.feedback.rating')}</legend>
        {[1, 2, 3, 4, 5].map((r) => (
          <label key={r}>
            <input type="radio" name={`${prefix}-rating`} value={r} checked={values.rating === String(r)} onChange={() => set('rating')(String(r))} /> {r}
          </label>
        ))}
      </fieldset>
      <Field id={`${prefix}-channel`} label={t('acct.feedback.channel')} error={errors.channel}>
        <select {...controlProps(`${prefix}-channel`, errors.channel)} value={values.channel} onChange={(e) => set('channel')(e.target.value)}>
          <option value="">—</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`feedbackChannel.${c}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${prefix}-category`} label={t('acct.feedback.category')} error={errors.category}>
        <input {...controlProps(`${prefix}-category`, errors.category)} value={values.category} onChange={(e) => set('category')(e.target.value)} />
      </Field>
      <Field id={`${prefix}-text`} label={t('acct.feedback.text')} error={errors.text} required>
        <textarea {...controlProps(`${prefix}-text`, errors.text)} rows={3} value={values.text} onChange={(e) => set('text')(e.target.value)} />
      </Field>
      <button type="submit" className="primary">
        {t('acct.feedback.save')}
      </button>
    </form>
  );
}
