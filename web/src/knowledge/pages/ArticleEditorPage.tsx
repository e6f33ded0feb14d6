import { useEffect, useRef, useState, type FormEvent } from 'react';
import { execute } from '../../api/client';
import { can } from '../../auth/roles';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n';
import { Link, navigate, useLocation } from '../../router';
import { controlProps, ErrorBanner, Field } from '../../ui/Field';
import { useFormErrors } from '../../ui/useFormErrors';
import { ArticleFromComplaintQuery, ArticleQuery, CreateArticleMutation, UpdateArticleMutation } from '../operations';

interface Draft {
  title: string;
  category: string;
  problem: string;
  steps: string;
  tags: string;
  note: string;
  publish: boolean;
}

const EMPTY: Draft = { title: '', category: '', problem: '', steps: '', tags: '', note: '', publish: false };
const FIELDS = new Set(['title', 'category', 'problem', 'steps', 'tags', 'note']);

/** Tags typed as one line: split on commas (Chinese or Latin) and 、. */
export function splitTags(text: string): string[] {
  return text
    .split(/[,，、;；]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** ["tags", "3"] shows beside the tags control. */
const alias = (key: string) => (key.startsWith('tags.') ? 'tags' : key);

/**
 * Writes a new procedure (prefilled from a complaint with ?fromComplaint=<id>) or edits one.
 * A failed save keeps everything typed and shows each error beside its field.
 */
export function ArticleEditorPage({ id }: { id: string | null }) {
  const { t } = useI18n();
  const { user } = useSession();
  const { search } = useLocation();
  const fromComplaint = id ? null : search.get('fromComplaint');
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [version, setVersion] = useState<number | null>(null);
  const [sourceComplaintId, setSourceComplaintId] = useState<string | null>(null);
  const [loading, setLoading] = useState(!!(id || fromComplaint));
  const [saving, setSaving] = useState(false);
  const { errors, general, formRef, clear, check, showUserErrors, showFailure } = useFormErrors();
  const manager = can(user?.role, 'manageKnowledge');

  // Loaded once per article or complaint: switching the language must not wipe what was typed.
  const loadedFor = useRef<string | null>(null);
  useEffect(() => {
    const source = id ? `a:${id}` : fromComplaint ? `c:${fromComplaint}` : null;
    if (!source || loadedFor.current === source) return;
    loadedFor.current = source;
    let live = true;
    const load = id
      ? execute(ArticleQuery, { id }).then((d) => {
          const a = d.knowledgeArticle;
          if (!a) throw new Error(t('kb.notFound'));
          setVersion(a.version);
          return { ...EMPTY, title: a.title, category: a.category ?? '', problem: a.problem ?? '', steps: a.steps, tags: a.tags.join('，') };
        })
      : execute(ArticleFromComplaintQuery, { complaintId: fromComplaint ?? '' }).then((d) => {
          const a = d.articleFromComplaint;
          setSourceComplaintId(a.sourceComplaintId);
          return { ...EMPTY, title: a.title, category: a.category ?? '', problem: a.problem ?? '', steps: a.steps, tags: a.tags.join('，') };
        });
    load
      .then((loaded) => live && setDraft(loaded))
      .catch((error: unknown) => live && showFailure(error))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [id, fromComplaint, showFailure, t]);

  const set = (key: keyof Draft) => (value: string | boolean) => {
    setDraft((d) => ({ ...d, [key]: value }));
    clear(key);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!draft.title.trim()) local.title = t('kb.required.title');
    if (!draft.steps.trim()) local.steps = t('kb.required.steps');
    if (!check(local)) return;
    setSaving(true);
    const text = {
      title: draft.title,
      category: draft.category || null,
      problem: draft.problem || null,
      steps: draft.steps,
      tags: splitTags(draft.tags),
    };
    try {
      const done = id
        ? (await execute(UpdateArticleMutation, { input: { id, expectedVersion: version ?? 0, ...text, note: draft.note || null } }))
            .updateKnowledgeArticle
        : (
            await execute(CreateArticleMutation, {
              input: { ...text, publish: manager && draft.publish, sourceComplaintId },
            })
          ).createKnowledgeArticle;
      if (done.errors.length || !done.article) {
        showUserErrors(done.errors, FIELDS, alias);
        return;
      }
      navigate(`/knowledge/${encodeURIComponent(done.article.id)}`);
    } catch (error) {
      showFailure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <main className="page kb-editor" id="main">
      <p>
        <Link to={id ? `/knowledge/${encodeURIComponent(id)}` : '/knowledge'}>← {t('kb.back')}</Link>
      </p>
      <h1>{id ? t('kb.editTitle') : t('kb.newTitle')}</h1>
      {sourceComplaintId ? <p className="kb-meta">{t('kb.fromComplaint', { id: sourceComplaintId })}</p> : null}
      {loading ? <p>{t('app.loading')}</p> : null}
      <ErrorBanner messages={general} />
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate data-testid="kb-editor">
        <Field id="kb-title" label={t('kb.field.title')} error={errors.title} required>
          <input
            {...controlProps('kb-title', errors.title)}
            value={draft.title}
            maxLength={200}
            onChange={(e) => set('title')(e.target.value)}
          />
        </Field>
        <Field id="kb-category" label={t('kb.field.category')} error={errors.category}>
          <input
            {...controlProps('kb-category', errors.category)}
            value={draft.category}
            onChange={(e) => set('category')(e.target.value)}
          />
        </Field>
        <Field id="kb-problem" label={t('kb.field.problem')} error={errors.problem}>
          <textarea
            {...controlProps('kb-problem', errors.problem)}
            rows={3}
            value={draft.problem}
            onChange={(e) => set('problem')(e.target.value)}
          />
        </Field>
        <Field id="kb-steps" label={t('kb.field.steps')} error={errors.steps} required hint={t('kb.stepsHint')}>
          <textarea
            {...controlProps('kb-steps', errors.steps)}
            rows={8}
            value={draft.steps}
            onChange={(e) => set('steps')(e.target.value)}
          />
        </Field>
        <Field id="kb-tags" label={t('kb.field.tags')} error={errors.tags} hint={t('kb.tagsHint')}>
          <input
            {...controlProps('kb-tags', errors.tags)}
            value={draft.tags}
            onChange={(e) => set('tags')(e.target.value)}
          />
        </Field>
        {id ? (
          <Field id="kb-note" label={t('kb.field.note')} error={errors.note}>
            <input
              {...controlProps('kb-note', errors.note)}
              value={draft.note}
              onChange={(e) => set('note')(e.target.value)}
            />
          </Field>
        ) : manager ? (
          <label className="checkbox">
            <input type="checkbox" checked={draft.publish} onChange={(e) => set('publish')(e.target.checked)} />
            {t('kb.publishNow')}
          </label>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={saving || loading} data-testid="kb-save">
            {saving ? t('kb.saving') : t('kb.save')}
          </button>
        </div>
      </form>
    </main>
  );
}
