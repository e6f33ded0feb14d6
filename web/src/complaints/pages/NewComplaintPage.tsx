// Filing a complaint: while the agent types the description, the best-matching handling
// procedures appear (debounced), best first; the ones shown or picked go with the complaint.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { execute } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import type { FileComplaintInput, Severity } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link, navigate, useLocation } from '../../router';
import { ErrorBanner, Field, controlProps } from '../../ui/Field';
import { useDebounced } from '../../ui/useDebounced';
import { useFormErrors } from '../../ui/useFormErrors';
import { CATEGORIES, CHANNELS, SEVERITIES } from '../labels';
import { ComplaintCustomerQuery, ComplaintSuggestionsQuery as SuggestionsDocument, FileComplaintMutation } from '../operations';

const FIELDS: ReadonlySet<string> = new Set(['customerId', 'channel', 'category', 'severity', 'description', 'articleIds']);
const MIN_SUGGEST_CHARS = 2;

export function NewComplaintPage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const customerId = search.get('customerId');
  const [customerName, setCustomerName] = useState<string | null>(null);
  const [channel, setChannel] = useState('电话');
  const [category, setCategory] = useState('');
  const [severity, setSeverity] = useState<Severity>('MEDIUM');
  const [description, setDescription] = useState('');
  // The procedures the agent ticked (kept while the text changes).
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const { errors, general, formRef, clear, check, showUserErrors, showFailure } = useFormErrors();
  const text = useDebounced(description.trim(), 250);
  const tooShort = text.length < MIN_SUGGEST_CHARS;
  const found = useQuery(SuggestionsDocument, { text: `${category} ${text}`.trim(), first: 5 }, { skip: tooShort });
  // The last suggestions stay while the next ones load; none after a failure.
  const suggestions = tooShort || found.error ? [] : (found.data?.articleSuggestions ?? []);
  const describeRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    describeRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!customerId) return;
    execute(ComplaintCustomerQuery, { id: customerId })
      .then((d) => setCustomerName(d.customer?.name ?? null))
      .catch(() => setCustomerName(null));
  }, [customerId]);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    if (!check(description.trim() ? {} : { description: t('errorCode.REQUIRED') })) return;
    // The ticked procedures first, then those on screen, best first.
    const articleIds = [...new Set([...picked, ...suggestions.map((s) => s.id)])].slice(0, 10);
    const input: FileComplaintInput = {
      customerId: customerId || null,
      channel: channel || null,
      category: category.trim() || null,
      severity,
      description,
      articleIds,
      idempotencyKey,
    };
    setBusy(true);
    try {
      const { fileComplaint } = await execute(FileComplaintMutation, { input });
      if (fileComplaint.complaint && fileComplaint.errors.length === 0) {
        navigate(`/complaints/${fileComplaint.complaint.id}`);
        return;
      }
      showUserErrors(fileComplaint.errors, FIELDS);
    } catch (err) {
      showFailure(err);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  };

  return (
    <main className="page complaint-new" id="main">
      <h1>{t('complaints.new')}</h1>
      <div className="complaint-form-layout">
        <form ref={formRef} onSubmit={submit} onKeyDown={onKeyDown} noValidate data-testid="complaint-form">
          <ErrorBanner messages={general} />
          <p className="muted">
            {t('complaints.customer')}
            {t('common.colon')}
            {customerId ? (
              <Link to={`/customers/${encodeURIComponent(customerId)}`} data-testid="complaint-customer">
                {customerName ?? `#${customerId}`}
              </Link>
            ) : (
              t('complaints.noCustomer')
            )}
          </p>
          {errors.customerId ? <p className="field-error">{errors.customerId}</p> : null}
          <div className="form-grid">
            <Field id="c-channel" label={t('complaints.channel')} error={errors.channel}>
              <select {...controlProps('c-channel', errors.channel)} value={channel} onChange={(e) => setChannel(e.target.value)}>
                {CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="c-category" label={t('complaints.category')} error={errors.category}>
              <input
                {...controlProps('c-category', errors.category)}
                list="c-category-options"
                value={category}
                maxLength={64}
                onChange={(e) => {
                  setCategory(e.target.value);
                  clear('category');
                }}
              />
            </Field>
            <Field id="c-severity" label={t('complaints.severity')} error={errors.severity}>
              <select
                {...controlProps('c-severity', errors.severity)}
                value={severity}
                onChange={(e) => setSeverity(e.target.value as Severity)}
              >
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {t(`severity.${s}`)} · {t(`complaints.sla.${s}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              id="c-description"
              label={t('complaints.description')}
              error={errors.description}
              required
              className="span-all"
              hint={t('complaints.descriptionHint')}
              hintId="c-description-hint"
            >
              <textarea
                {...controlProps('c-description', errors.description, 'c-description-hint')}
                ref={describeRef}
                rows={6}
                maxLength={4000}
                value={description}
                onChange={(e) => {
                  setDescription(e.target.value);
                  clear('description');
                }}
              />
            </Field>
          </div>
          <datalist id="c-category-options">
            {CATEGORIES.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <div className="actions">
            <button type="submit" className="primary" disabled={busy} data-testid="complaint-submit">
              {t('complaints.file')}
            </button>
            <Link to="/complaints">{t('complaints.cancel')}</Link>
          </div>
        </form>
        <aside className="suggestions-panel" aria-live="polite" aria-labelledby="suggestions-title" data-testid="complaint-suggestions">
          <h2 id="suggestions-title">{t('complaints.suggestions')}</h2>
          {errors.articleIds ? <p className="field-error">{errors.articleIds}</p> : null}
          {suggestions.length === 0 ? (
            <p className="muted">{text.length < MIN_SUGGEST_CHARS ? t('complaints.suggestionsHint') : t('complaints.noSuggestions')}</p>
          ) : (
            <ol>
              {suggestions.map((s) => (
                <li key={s.id} data-testid="suggestion">
                  <label>
                    <input
                      type="checkbox"
                      checked={picked.has(s.id)}
                      onChange={(e) =>
                        setPicked((prev) => {
                          const next = new Set(prev);
                          if (e.target.checked) next.add(s.id);
                          else next.delete(s.id);
                          return next;
                        })
                      }
                    />{' '}
                    <span className="suggestion-title">{s.title}</span>
                    {s.category ? <span className="muted small"> · {s.category}</span> : null}
                  </label>{' '}
                  <a href={`/knowledge/${s.id}`} target="_blank" rel="noreferrer" className="small">
                    {t('complaints.openArticle')}
                  </a>
                </li>
              ))}
            </ol>
          )}
        </aside>
      </div>
    </main>
  );
}
