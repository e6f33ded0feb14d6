import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { execute, isAbortError } from '../../api/client';
import { apiErrorText } from '../../api/userErrors';
import type { CustomerSummaryFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { navigate, useLocation } from '../../router';
import { ErrorBanner } from '../../ui/Field';
import { looksLikePhone } from '../../ui/format';
import { useDebounced } from '../../ui/useDebounced';
import { CustomerResult } from './CustomerResult';
import { CallerLookupQuery, SearchCustomersQuery } from '../operations';

export const LOOKUP_INPUT_ID = 'lookup-search';
const PAGE_SIZE = 20;
const DEBOUNCE_MS = 150;

interface Results {
  phone: { normalizedPhone: string | null; matches: CustomerSummaryFragment[] } | null;
  customers: CustomerSummaryFragment[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

type Answer = { query: string; results?: Results; error?: unknown };

interface Props {
  /**
   * Changes when a new call takes the screen: the results fold away so the
   * caller's card shows right under the box; typing or ↓ brings them back.
   */
  collapseKey?: string | null;
}

/** The search box of the console: phone, name, pinyin, card number or e-mail, results as you type. */
export function LookupSearch({ collapseKey = null }: Props) {
  const { t } = useI18n();
  const location = useLocation();
  const [query, setQuery] = useState(() => location.search.get('q') ?? '');
  const [unfoldedFor, setUnfoldedFor] = useState<string | null>(collapseKey);
  const folded = collapseKey !== unfoldedFor;
  const unfold = () => {
    if (folded) setUnfoldedFor(collapseKey);
  };
  const settled = useDebounced(query.trim(), DEBOUNCE_MS);
  // The newest answer received; shown until a newer one arrives.
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  // Keep the query in the address so Back from a card returns to the same list.
  useEffect(() => {
    const target = settled ? `/?q=${encodeURIComponent(settled)}` : '/';
    if (window.location.pathname === '/') navigate(target, { replace: true });
  }, [settled]);

  // One search per settled query; a newer query aborts the older requests, so
  // only the newest answer is ever shown.
  useEffect(() => {
    if (!settled) return;
    const controller = new AbortController();
    const { signal } = controller;
    const phone = looksLikePhone(settled)
      ? execute(CallerLookupQuery, { phone: settled }, { signal }).then((d) => d.callerLookup)
      : Promise.resolve(null);
    const search = execute(SearchCustomersQuery, { search: settled, first: PAGE_SIZE }, { signal });
    Promise.all([phone, search])
      .then(([phoneResult, searchResult]) => {
        if (signal.aborted) return;
        const seen = new Set(phoneResult?.matches.map((m) => m.id) ?? []);
        setAnswer({
          query: settled,
          results: {
            phone: phoneResult,
            customers: searchResult.customers.edges.map((e) => e.node).filter((n) => !seen.has(n.id)),
            totalCount: searchResult.customers.totalCount,
            endCursor: searchResult.customers.pageInfo.endCursor ?? null,
            hasNextPage: searchResult.customers.pageInfo.hasNextPage,
          },
        });
        setActive(-1);
        setMoreError(null);
      })
      .catch((error: unknown) => {
        if (isAbortError(error) || signal.aborted) return;
        setAnswer({ query: settled, error });
      });
    return () => controller.abort();
  }, [settled]);

  const results = settled ? (answer?.results ?? null) : null;
  const resultsQuery = answer?.query ?? '';
  const loading = !!settled && answer?.query !== settled;
  const error = settled && answer?.query === settled && answer.error ? answer.error : moreError;

  const loadMore = async () => {
    if (!results?.endCursor || loadingMore) return;
    const query = resultsQuery;
    setLoadingMore(true);
    try {
      const more = await execute(SearchCustomersQuery, { search: query, first: PAGE_SIZE, after: results.endCursor });
      setAnswer((prev) => {
        if (!prev?.results || prev.query !== query) return prev;
        const r = prev.results;
        const seen = new Set([...(r.phone?.matches ?? []), ...r.customers].map((c) => c.id));
        return {
          query,
          results: {
            ...r,
            customers: [...r.customers, ...more.customers.edges.map((e) => e.node).filter((n) => !seen.has(n.id))],
            endCursor: more.customers.pageInfo.endCursor ?? null,
            hasNextPage: more.customers.pageInfo.hasNextPage,
          },
        };
      });
    } catch (err) {
      setMoreError(err);
    } finally {
      setLoadingMore(false);
    }
  };

  const stale = results !== null && resultsQuery !== query.trim();
  const items: CustomerSummaryFragment[] = results ? [...(results.phone?.matches ?? []), ...results.customers] : [];
  const open = (customer: CustomerSummaryFragment | undefined) => {
    if (customer) navigate(`/customers/${encodeURIComponent(customer.id)}`);
  };

  const pendingEnter = useRef<string | null>(null);
  useEffect(() => {
    const best = answer?.results ? (answer.results.phone?.matches[0] ?? answer.results.customers[0]) : undefined;
    if (pendingEnter.current === null || answer?.query !== pendingEnter.current) return;
    pendingEnter.current = null;
    if (best) navigate(`/customers/${encodeURIComponent(best.id)}`);
  }, [answer]);

  useEffect(() => {
    if (active < 0) return;
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (folded && event.key === 'ArrowDown') {
      event.preventDefault();
      unfold();
      return;
    }
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (items.length > 0) setActive((i) => Math.min(i + 1, items.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, -1));
    } else if (event.key === 'Home' && active >= 0) {
      event.preventDefault();
      setActive(0);
    } else if (event.key === 'End' && active >= 0) {
      event.preventDefault();
      setActive(items.length - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (query.trim() && answer?.query !== query.trim()) {
        // The list on screen belongs to an older query: open the best match of
        // this one as soon as it arrives, never a card from the old list.
        pendingEnter.current = query.trim();
        return;
      }
      // Enter with nothing chosen opens the best match: the caller's card in one key.
      open(items[active >= 0 ? active : 0]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setQuery('');
      setActive(-1);
    }
  };

  const phoneMatches = results?.phone?.matches ?? [];
  const activeId = active >= 0 && items[active] ? `result-${items[active].id}` : undefined;

  return (
    <section className="lookup" aria-label={t('lookup.title')}>
      <div className="search-bar" role="search">
        <label htmlFor={LOOKUP_INPUT_ID} className="visually-hidden">
          {t('lookup.searchLabel')}
        </label>
        <input
          ref={inputRef}
          id={LOOKUP_INPUT_ID}
          type="search"
          className="search-input"
          placeholder={t('lookup.placeholder')}
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            unfold();
          }}
          onKeyDown={onKeyDown}
          role="combobox"
          aria-expanded={items.length > 0 && !folded}
          aria-controls="lookup-results"
          aria-activedescendant={activeId}
          aria-describedby="lookup-hint"
        />
        <span className="search-status" aria-live="polite">
          {loading || stale ? t('lookup.searching') : ''}
        </span>
      </div>
      <p id="lookup-hint" className="muted small">
        {t('lookup.hint')}
      </p>
      <ErrorBanner messages={error ? [apiErrorText(error, t)] : []} />

      {!query.trim() && !results && collapseKey === null ? <p className="empty">{t('lookup.emptyPrompt')}</p> : null}

      {results && folded ? (
        <p className="muted small folded-results" data-testid="results-folded">
          {t('lookup.folded', { count: Math.max(results.totalCount, items.length) })}
        </p>
      ) : null}

      {results && !folded ? (
        <section
          aria-label={t('lookup.searchResults')}
          className={`results${stale ? ' stale' : ''}`}
          data-testid="lookup-results"
          data-query={resultsQuery}
        >
          {results.phone ? (
            <p className="normalized-phone" data-testid="normalized-phone">
              {results.phone.normalizedPhone
                ? t('lookup.normalizedPhone', { phone: results.phone.normalizedPhone })
                : t('lookup.unparseablePhone')}
              {results.phone.normalizedPhone && phoneMatches.length === 0 ? (
                <span className="muted"> · {t('lookup.phoneNoMatch')}</span>
              ) : null}
            </p>
          ) : null}
          {items.length === 0 ? (
            <p className="empty no-match" data-testid="no-match">
              {t('lookup.noMatch', { query: resultsQuery })}
            </p>
          ) : (
            <>
              <p className="muted small">
                {t('lookup.count', { count: Math.max(results.totalCount, items.length) })}
              </p>
              <ul id="lookup-results" role="listbox" ref={listRef} className="result-list" aria-label={t('lookup.searchResults')}>
                {items.map((customer, index) => (
                  <CustomerResult
                    key={customer.id}
                    customer={customer}
                    index={index}
                    active={index === active}
                    callerMatch={index < phoneMatches.length}
                    onOpen={() => open(customer)}
                    onHover={() => setActive(index)}
                  />
                ))}
              </ul>
              {results.hasNextPage ? (
                <button type="button" onClick={loadMore} disabled={loadingMore}>
                  {loadingMore ? t('app.loading') : t('lookup.more')}
                </button>
              ) : null}
            </>
          )}
        </section>
      ) : null}
    </section>
  );
}
