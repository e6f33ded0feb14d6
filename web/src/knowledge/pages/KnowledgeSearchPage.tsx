import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { usePagedQuery } from '../../api/useQuery';
import { apiErrorText } from '../../api/userErrors';
import { can } from '../../auth/roles';
import { useSession } from '../../auth/session';
import type { ArticleStatus, ArticleSummaryFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link, navigate, useLocation } from '../../router';
import { ErrorBanner } from '../../ui/Field';
import { isTyping } from '../../ui/keys';
import { useDebounced } from '../../ui/useDebounced';
import { SearchArticlesQuery } from '../operations';

export const KB_SEARCH_INPUT_ID = 'kb-search';
const PAGE_SIZE = 20;
const DEBOUNCE_MS = 150;
const STATUSES: readonly ArticleStatus[] = ['DRAFT', 'PUBLISHED', 'ARCHIVED'];

/** The knowledge base: a search box with results as you type; / focuses it, arrows and Enter open one. */
export function KnowledgeSearchPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const location = useLocation();
  const manager = can(user?.role, 'manageKnowledge');
  const [query, setQuery] = useState(() => location.search.get('q') ?? '');
  const [status, setStatus] = useState<ArticleStatus | ''>('');
  const settled = useDebounced(query.trim(), DEBOUNCE_MS);
  const search = usePagedQuery(SearchArticlesQuery, { search: settled, first: PAGE_SIZE, status: status || null }, (d) => d.knowledgeArticles);
  const { error, loading, loadMore, loadingMore } = search;
  // A failed search shows no rows (the last ones answered another question); a failed "more" keeps them.
  const failed = !!error && search.stale;
  const articles = failed ? [] : (search.items ?? []);
  // The highlighted row belongs to the answer it was chosen in: a new answer starts with none.
  const [highlight, setHighlight] = useState<{ of: unknown; index: number }>({ of: null, index: -1 });
  const active = highlight.of === search.data ? highlight.index : -1;
  const setActive = (next: (index: number) => number) =>
    setHighlight((h) => ({ of: search.data, index: next(h.of === search.data ? h.index : -1) }));
  const inputRef = useRef<HTMLInputElement>(null);

  // "/" focuses this page's box (captured before the console's own shortcut).
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  useEffect(() => {
    const target = settled ? `/knowledge?q=${encodeURIComponent(settled)}` : '/knowledge';
    if (window.location.pathname === '/knowledge') navigate(target, { replace: true });
  }, [settled]);

  const open = (article: ArticleSummaryFragment | undefined) => {
    if (article) navigate(`/knowledge/${encodeURIComponent(article.id)}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, articles.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!loading) open(articles[active >= 0 ? active : 0]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setQuery('');
    }
  };

  const activeId = active >= 0 && articles[active] ? `kb-result-${articles[active].id}` : undefined;

  return (
    <main className="page kb-page" id="main">
      <div className="kb-head">
        <h1>{t('kb.title')}</h1>
        <Link to="/knowledge/new" className="button" data-testid="kb-new">
          {t('kb.new')}
        </Link>
      </div>
      <div className="search-bar" role="search">
        <label htmlFor={KB_SEARCH_INPUT_ID} className="visually-hidden">
          {t('kb.searchLabel')}
        </label>
        <input
          ref={inputRef}
          id={KB_SEARCH_INPUT_ID}
          type="search"
          className="search-input"
          placeholder={t('kb.placeholder')}
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
          role="combobox"
          aria-expanded={articles.length > 0}
          aria-controls="kb-results"
          aria-activedescendant={activeId}
        />
        {manager ? (
          <select
            aria-label={t('kb.statusFilter')}
            value={status}
            onChange={(e) => setStatus(e.target.value as ArticleStatus | '')}
            data-testid="kb-status-filter"
          >
            <option value="">{t('kb.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`articleStatus.${s}`)}
              </option>
            ))}
          </select>
        ) : null}
      </div>
      <p className="kb-count" aria-live="polite">
        {loading ? t('app.loading') : error ? null : t('kb.found', { count: search.total })}
      </p>
      {error ? <ErrorBanner messages={[apiErrorText(error, t)]} /> : null}
      {!loading && !error && articles.length === 0 ? <p className="empty">{t('kb.noMatch')}</p> : null}
      <ul className="kb-results" id="kb-results" role="listbox" aria-label={t('kb.results')} data-testid="kb-results">
        {articles.map((article, index) => (
          <li
            key={article.id}
            id={`kb-result-${article.id}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            data-testid="kb-result"
          >
            <Link to={`/knowledge/${encodeURIComponent(article.id)}`}>
              <span className="kb-result-title">{article.title}</span>
              {article.status !== 'PUBLISHED' ? (
                <span className={`badge badge-${article.status.toLowerCase()}`}>{t(`articleStatus.${article.status}`)}</span>
              ) : null}
              <span className="kb-result-meta">
                {article.category ?? ''}
                {article.tags.length ? ` · ${article.tags.join('、')}` : ''}
                {article.helpfulCount ? ` · ${t('kb.helpfulCount', { count: article.helpfulCount })}` : ''}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {!failed && search.hasNextPage ? (
        <button type="button" onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? t('app.loading') : t('kb.more')}
        </button>
      ) : null}
    </main>
  );
}
