import { useEffect, useState } from 'react';
import { execute, isAbortError } from '../../api/client';
import { apiErrorText } from '../../api/userErrors';
import type { DuplicateCheckInput, PossibleDuplicatesQuery } from '../../gql/graphql';
import { isMessageKey, useI18n } from '../../i18n';
import { Link } from '../../router';
import { KindBadge, StatusBadge } from '../../ui/Badges';
import { maskPhone } from '../../ui/phones';
import { useDebounced } from '../../ui/useDebounced';
import { PossibleDuplicatesQuery as PossibleDuplicatesDocument } from '../operations';

export type Candidate = PossibleDuplicatesQuery['possibleDuplicates'][number];

interface Props {
  check: DuplicateCheckInput;
  chosen: Candidate | null;
  onChoose: (candidate: Candidate | null) => void;
}

const DEBOUNCE_MS = 300;

/** Only what is complete enough to mean something, so half a name finds nobody. */
function meaningful(check: DuplicateCheckInput): DuplicateCheckInput | null {
  const out: DuplicateCheckInput = {};
  if (check.name && check.name.trim().length >= 2) out.name = check.name.trim();
  if (check.phone && (check.phone.match(/\d/g) ?? []).length >= 7) out.phone = check.phone.trim();
  if (check.idNumber && check.idNumber.trim().length >= 6) out.idNumber = check.idNumber.trim();
  if (check.email && /.+@.+\..+/.test(check.email)) out.email = check.email.trim();
  if (check.birthday) out.birthday = check.birthday;
  const keys = Object.keys(out);
  return keys.length === 0 || (keys.length === 1 && out.birthday) ? null : out;
}

export function DuplicateSuggestions({ check, chosen, onChoose }: Props) {
  const { t } = useI18n();
  const wanted = meaningful(check);
  const settled = useDebounced(wanted ? JSON.stringify(wanted) : '', DEBOUNCE_MS);
  // The newest answer received, kept on screen until a newer one arrives.
  const [answer, setAnswer] = useState<{ key: string; candidates: Candidate[]; error?: unknown } | null>(null);

  useEffect(() => {
    if (!settled) return;
    const controller = new AbortController();
    execute(PossibleDuplicatesDocument, { input: JSON.parse(settled) as DuplicateCheckInput }, { signal: controller.signal })
      .then((data) => setAnswer({ key: settled, candidates: data.possibleDuplicates }))
      .catch((error: unknown) => {
        if (!isAbortError(error)) setAnswer({ key: settled, candidates: [], error });
      });
    return () => controller.abort();
  }, [settled]);

  const loading = !!settled && answer?.key !== settled;
  const candidates = settled ? (answer?.candidates ?? []) : [];
  const error = settled && answer?.key === settled && answer.error ? apiErrorText(answer.error, t) : null;

  const shown = chosen && !candidates.some((c) => c.customer.id === chosen.customer.id) ? [chosen, ...candidates] : candidates;

  return (
    <aside className="panel duplicates" aria-labelledby="dup-title" aria-busy={loading} data-testid="duplicates">
      <h2 id="dup-title">{t('register.duplicates')}</h2>
      {error ? <p className="field-error">{error}</p> : null}
      {!settled && shown.length === 0 ? <p className="muted small">{t('register.dupHint')}</p> : null}
      {settled && !loading && shown.length === 0 ? <p className="muted">{t('register.noDuplicates')}</p> : null}
      <ul className="plain candidate-list" aria-live="polite">
        {shown.map((candidate) => {
          const c = candidate.customer;
          const isChosen = chosen?.customer.id === c.id;
          return (
            <li key={c.id} className={`candidate${isChosen ? ' chosen' : ''}`} data-testid="candidate">
              <div className="candidate-head">
                <Link to={`/customers/${encodeURIComponent(c.id)}`} target="_blank" rel="noopener">
                  {c.name}
                </Link>
                {c.nameEn ? <span className="muted"> {c.nameEn}</span> : null}
                <span className="score">{t('register.score', { score: Math.round(candidate.score * 100) })}</span>
              </div>
              <div className="candidate-facts muted small">
                <KindBadge kind={c.kind} /> <StatusBadge status={c.status} />
                {c.birthday ? <span> {c.birthday}</span> : null}
                {c.idNumberMasked ? <span> · {c.idNumberMasked}</span> : null}
                {c.phones[0] ? <span> · {maskPhone(c.phones[0].display)}</span> : null}
                {c.performance.visits > 0 ? (
                  <span>
                    {' '}
                    · {t('perf.visits')} {c.performance.visits}
                    {c.performance.lastVisit ? ` (${c.performance.lastVisit})` : ''}
                  </span>
                ) : null}
              </div>
              <div className="reasons">
                {candidate.reasons.map((r) => {
                  const key = `reason.${r}`;
                  return (
                    <span key={r} className="chip">
                      {isMessageKey(key) ? t(key) : r}
                    </span>
                  );
                })}
              </div>
              {isChosen ? (
                <div className="chosen-line">
                  <strong>{t('register.chosen')}</strong>{' '}
                  <button type="button" className="small" onClick={() => onChoose(null)}>
                    {t('register.unchoose')}
                  </button>
                </div>
              ) : (
                <button type="button" className="small" onClick={() => onChoose(candidate)}>
                  {t('register.choose')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
