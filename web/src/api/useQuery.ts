// A query a component shows: sent when it mounts and again whenever its variables or
// `refreshKey` change or `reload()` is called; the request before is aborted, so an older
// answer never lands over a newer one, and an aborted request is never an error.
import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { execute, isAbortError } from './client';

export interface QueryState<TResult> {
  /** The last answer, kept on screen while the next one loads; undefined until the first arrives. */
  data: TResult | undefined;
  /** `data` was asked with other variables than the current ones (or there is none yet). */
  stale: boolean;
  /** Nothing (neither answer nor failure) has come back yet for the current variables. */
  loading: boolean;
  /** The last request's failure; null again once a request succeeds. */
  error: unknown;
  /** Asks again with the same variables (after a mutation, say); the last answer stays meanwhile. */
  reload: () => void;
  /** For a component that reports a failure of its own (a mutation) in the same place. */
  setError: (error: unknown) => void;
}

interface Options {
  /** Ask again whenever this changes (something outside says the answer may be old). */
  refreshKey?: unknown;
  /** Send nothing while true (a search box too short to mean anything, say). */
  skip?: boolean;
}

interface Answer<TResult> {
  data?: TResult;
  dataKey?: string;
  settledKey?: string;
  error: unknown;
}

export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  { refreshKey, skip = false }: Options = {},
): QueryState<TResult> {
  const [answer, setAnswer] = useState<Answer<TResult>>({ error: null });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((n) => n + 1), []);
  const setError = useCallback((error: unknown) => setAnswer((prev) => ({ ...prev, error })), []);
  // Variables are JSON on the wire anyway; comparing them as JSON lets callers pass a fresh object each render.
  const key = JSON.stringify(variables);

  useEffect(() => {
    if (skip) return;
    const controller = new AbortController();
    execute(document, JSON.parse(key) as TVariables, { signal: controller.signal })
      .then((data) => setAnswer({ data, dataKey: key, settledKey: key, error: null }))
      .catch((error: unknown) => {
        if (!isAbortError(error)) setAnswer((prev) => ({ ...prev, settledKey: key, error }));
      });
    return () => controller.abort();
  }, [document, key, version, refreshKey, skip]);

  return {
    data: answer.data,
    stale: answer.dataKey !== key,
    loading: !skip && answer.settledKey !== key,
    error: answer.error,
    reload,
    setError,
  };
}

/** What a paged field returns (schema/pagination.py's Connection). */
export interface ConnectionLike<TNode> {
  edges: readonly { node: TNode }[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface PagedQueryState<TResult, TNode> extends QueryState<TResult> {
  /** The rows of the first page and every page loaded after it; undefined until the first arrives. */
  items: TNode[] | undefined;
  total: number;
  hasNextPage: boolean;
  /** Appends the next page ("load more"); a failure shows as `error`. */
  loadMore: () => Promise<void>;
  loadingMore: boolean;
}

interface MorePages<TResult, TNode> {
  /** The first page these follow: a new first page (other variables, a reload) drops them. */
  first: TResult;
  items: TNode[];
  total: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * A connection shown with "load more": the first page through useQuery, later pages appended
 * in order. A page that arrives after the list started again (new variables, a reload) is dropped,
 * and a row that shifted onto the next page meanwhile is not shown twice.
 */
export function usePagedQuery<TResult, TVariables extends { after?: string | null }, TNode extends { id: string }>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: Omit<TVariables, 'after'>,
  connection: (result: TResult) => ConnectionLike<TNode> | null | undefined,
  options: Options = {},
): PagedQueryState<TResult, TNode> {
  const query = useQuery(document, variables as TVariables, options);
  const { data, setError } = query;
  const [more, setMore] = useState<MorePages<TResult, TNode> | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const firstPage = data === undefined ? null : connection(data);
  const extra = more && more.first === data ? more : null;
  const items = firstPage ? [...firstPage.edges.map((e) => e.node), ...(extra?.items ?? [])] : undefined;
  const endCursor = extra ? extra.endCursor : (firstPage?.pageInfo.endCursor ?? null);
  const hasNextPage = extra ? extra.hasNextPage : (firstPage?.pageInfo.hasNextPage ?? false);
  const total = extra ? extra.total : (firstPage?.totalCount ?? 0);

  const loadMore = async () => {
    // A cursor of other variables' list would append rows that do not belong.
    if (data === undefined || query.stale || !items || !endCursor || loadingMore) return;
    const first = data;
    const shown = items;
    setLoadingMore(true);
    try {
      const page = connection(await execute(document, { ...variables, after: endCursor } as TVariables));
      if (!page) return;
      setMore((prev) => {
        const before = prev && prev.first === first ? prev.items : [];
        const seen = new Set(shown.map((n) => n.id));
        return {
          first,
          items: [...before, ...page.edges.map((e) => e.node).filter((n) => !seen.has(n.id))],
          total: page.totalCount,
          endCursor: page.pageInfo.endCursor ?? null,
          hasNextPage: page.pageInfo.hasNextPage,
        };
      });
    } catch (error) {
      setError(error);
    } finally {
      setLoadingMore(false);
    }
  };

  return { ...query, items, total, hasNextPage, loadMore, loadingMore };
}
