import { useEffect, useState } from 'react';
import { execute } from '../../api/client';
import { apiErrorText, userErrorText, type UserErrorLike } from '../../api/userErrors';
import { can } from '../../auth/roles';
import { useSession } from '../../auth/session';
import type { ArticleDetailFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { ErrorBanner } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import {
  ArchiveArticleMutation,
  ArticleQuery,
  MarkHelpfulMutation,
  PublishArticleMutation,
  UnarchiveArticleMutation,
} from '../operations';

type Change = { article: ArticleDetailFragment | null; errors: readonly UserErrorLike[] };

/** One procedure: its steps as plain text, the helpful button, manager actions and every saved version. */
export function ArticlePage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const [article, setArticle] = useState<ArticleDetailFragment | null | undefined>(undefined);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    execute(ArticleQuery, { id })
      .then((data) => live && setArticle(data.knowledgeArticle))
      .catch((error: unknown) => live && setProblems([apiErrorText(error, t)]));
    return () => {
      live = false;
    };
  }, [id, t]);

  const run = async (change: () => Promise<Change>) => {
    setBusy(true);
    setProblems([]);
    try {
      const done = await change();
      if (done.errors.length) setProblems(done.errors.map((e) => userErrorText(e, lang, t)));
      else if (done.article) setArticle(done.article);
    } catch (error) {
      setProblems([apiErrorText(error, t)]);
    } finally {
      setBusy(false);
    }
  };

  if (article === undefined) {
    return (
      <main className="page" id="main">
        {problems.length ? <ErrorBanner messages={problems} /> : <p>{t('app.loading')}</p>}
      </main>
    );
  }
  if (article === null) {
    return (
      <main className="page" id="main">
        <p className="empty">{t('kb.notFound')}</p>
        <Link to="/knowledge">{t('kb.back')}</Link>
      </main>
    );
  }

  const manager = can(user?.role, 'manageKnowledge');
  /** publish, archive or unarchive: each payload is the one field of its mutation's answer. */
  const move = (mutation: typeof PublishArticleMutation | typeof ArchiveArticleMutation | typeof UnarchiveArticleMutation) =>
    run(async () => {
      const data: Record<string, Change> = await execute(mutation as typeof PublishArticleMutation, { id: article.id });
      return Object.values(data)[0] ?? { article: null, errors: [] };
    });
  const ownDraft = article.status === 'DRAFT' && article.author?.id === user?.id;
  return (
    <main className="page kb-article" id="main" data-testid="kb-article">
      <p>
        <Link to="/knowledge">← {t('kb.back')}</Link>
      </p>
      <div className="kb-head">
        <h1 data-testid="kb-article-title">{article.title}</h1>
        <span className={`badge badge-${article.status.toLowerCase()}`} data-testid="kb-article-status">
          {t(`articleStatus.${article.status}`)}
        </span>
      </div>
      <p className="kb-meta">
        {article.category ? `${article.category} · ` : ''}
        {t('kb.versionN', { version: article.version })}
        {article.author ? ` · ${t('kb.author', { name: article.author.displayName })}` : ''}
        {` · ${formatDateTime(article.updatedAt, lang)}`}
      </p>
      {article.tags.length ? (
        <ul className="chips" aria-label={t('kb.tags')}>
          {article.tags.map((tag) => (
            <li key={tag} className="chip">
              {tag}
            </li>
          ))}
        </ul>
      ) : null}
      <ErrorBanner messages={problems} />
      <div className="kb-actions">
        {article.status === 'PUBLISHED' ? (
          <button
            type="button"
            data-testid="kb-helpful"
            disabled={busy || article.helpfulByMe}
            aria-pressed={article.helpfulByMe}
            onClick={() => void run(async () => (await execute(MarkHelpfulMutation, { id: article.id })).markArticleHelpful)}
          >
            {article.helpfulByMe ? t('kb.markedHelpful') : t('kb.markHelpful')} ({article.helpfulCount})
          </button>
        ) : null}
        {manager || ownDraft ? (
          <Link to={`/knowledge/${encodeURIComponent(article.id)}/edit`} className="button" data-testid="kb-edit">
            {t('kb.edit')}
          </Link>
        ) : null}
        {manager && article.status !== 'PUBLISHED' ? (
          <button type="button" data-testid="kb-publish" disabled={busy} onClick={() => void move(PublishArticleMutation)}>
            {t('kb.publish')}
          </button>
        ) : null}
        {(manager || ownDraft) && article.status !== 'ARCHIVED' ? (
          <button type="button" data-testid="kb-archive" disabled={busy} onClick={() => void move(ArchiveArticleMutation)}>
            {t('kb.archive')}
          </button>
        ) : null}
        {manager && article.status === 'ARCHIVED' ? (
          <button type="button" data-testid="kb-unarchive" disabled={busy} onClick={() => void move(UnarchiveArticleMutation)}>
            {t('kb.unarchive')}
          </button>
        ) : null}
      </div>
      {article.problem ? (
        <section>
          <h2>{t('kb.problem')}</h2>
          <p className="kb-text">{article.problem}</p>
        </section>
      ) : null}
      <section>
        <h2>{t('kb.steps')}</h2>
        <p className="kb-text" data-testid="kb-steps">
          {article.steps}
        </p>
      </section>
      <section aria-labelledby="kb-history">
        <h2 id="kb-history">{t('kb.history')}</h2>
        <ol className="kb-versions" data-testid="kb-versions">
          {article.versions.map((v) => (
            <li key={v.version} data-testid="kb-version">
              <details>
                <summary>
                  {t('kb.versionN', { version: v.version })} · {formatDateTime(v.editedAt, lang)}
                  {v.editor ? ` · ${v.editor.displayName}` : ''}
                  {v.note ? ` · ${v.note}` : ''}
                </summary>
                <h3>{v.title}</h3>
                {v.category ? <p className="kb-meta">{v.category}</p> : null}
                {v.problem ? <p className="kb-text">{v.problem}</p> : null}
                <p className="kb-text">{v.steps}</p>
                {v.tags.length ? <p className="kb-meta">{v.tags.join('、')}</p> : null}
              </details>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
