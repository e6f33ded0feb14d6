import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { CustomerResult } from '../../customers/components/CustomerResult';
import { useI18n } from '../../i18n';
import { isTyping } from '../../ui/keys';
import type { CallerMatch } from '../calls';

interface Props {
  callId: string;
  matches: readonly CallerMatch[];
  onChoose: (customerId: string) => void;
}

/** A shared number (a company's switchboard, a family phone): every owner, best first; ↑/↓ and Enter. */
export function CallerChoice({ callId, matches, onChoose }: Props) {
  const { t } = useI18n();
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    // The keyboard goes to the list, unless the agent is typing somewhere.
    if (!isTyping(document.activeElement)) listRef.current?.focus();
  }, [callId]);

  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const last = matches.length - 1;
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, last));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Home') setActive(0);
    else if (event.key === 'End') setActive(last);
    else if (event.key === 'Enter' || event.key === ' ') {
      const chosen = matches[active];
      if (chosen) onChoose(chosen.id);
    } else return;
    event.preventDefault();
  };

  const activeMatch = matches[active];
  return (
    <section className="panel caller-choice" aria-labelledby="caller-choice-title" data-testid="caller-choice">
      <h2 id="caller-choice-title">{t('call.severalMatches', { count: matches.length })}</h2>
      <p className="muted small">{t('call.chooseHint')}</p>
      <ul
        ref={listRef}
        id="caller-choice"
        role="listbox"
        tabIndex={0}
        className="result-list"
        aria-labelledby="caller-choice-title"
        aria-activedescendant={activeMatch ? `result-${activeMatch.id}` : undefined}
        onKeyDown={onKeyDown}
      >
        {matches.map((customer, index) => (
          <CustomerResult
            key={customer.id}
            customer={customer}
            index={index}
            active={index === active}
            callerMatch={false}
            onOpen={() => onChoose(customer.id)}
            onHover={() => setActive(index)}
          />
        ))}
      </ul>
    </section>
  );
}
