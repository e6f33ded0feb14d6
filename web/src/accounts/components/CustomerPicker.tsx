// Choosing a customer in a form: type a name, pinyin, phone or company and pick from the matches
// (the lookup's own search, SearchCustomers). ↓/↑ move, Enter picks, Escape closes the list.
// Once picked, the customer shows by name with "change" to search again.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useQuery } from '../../api/useQuery';
import { apiErrorText } from '../../api/userErrors';
import { SearchCustomersQuery } from '../../customers/operations';
import { useI18n } from '../../i18n';
import { Field, controlProps } from '../../ui/Field';
import { useDebounced } from '../../ui/useDebounced';

export interface PickedCustomer {
  id: string;
  name: string;
}

const MATCHES = 8;
const DEBOUNCE_MS = 150;

interface Props {
  /** The input's id: the Field's label points at it, and useFormErrors focuses it on an error. */
  id: string;
  value: PickedCustomer | null;
  onChange: (customer: PickedCustomer | null) => void;
  error?: string | null;
}

export function CustomerPicker({ id, value, onChange, error }: Props) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  const refocus = useRef<'input' | 'change' | null>(null);
  const listId = useId();
  const settled = useDebounced(query.trim(), DEBOUNCE_MS);
  const { data, error: failed, loading } = useQuery(
    SearchCustomersQuery,
    { search: settled, first: MATCHES },
    { skip: !settled || value !== null },
  );
  const matches = settled && data ? data.customers.edges.map((e) => e.node) : [];
  const showList = open && settled !== '' && value === null;

  // Focus follows the control that replaces the one just used (picked → "change", change → the box).
  useEffect(() => {
    if (refocus.current === 'input') inputRef.current?.focus();
    if (refocus.current === 'change') changeRef.current?.focus();
    refocus.current = null;
  }, [value]);

  const pick = (index: number) => {
    const chosen = matches[index];
    if (!chosen) return;
    refocus.current = 'change';
    setOpen(false);
    onChange({ id: chosen.id, name: chosen.name });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(matches.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      // Enter picks (never submits the form with no customer chosen).
      event.preventDefault();
      if (showList && matches.length > 0 && !loading) pick(active);
    } else if (event.key === 'Escape' && showList) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  if (value) {
    return (
      <div className="customer-picked" data-testid={`${id}-picked`}>
        <input type="hidden" id={id} value={value.id} />
        <strong>{value.name}</strong>{' '}
        <button
          type="button"
          className="link-button"
          ref={changeRef}
          onClick={() => {
            refocus.current = 'input';
            setQuery('');
            onChange(null);
          }}
        >
          {t('acct.picker.change')}
        </button>
      </div>
    );
  }

  const activeId = showList && matches[active] ? `${listId}-${active}` : undefined;
  return (
    <div className="customer-picker">
      <input
        {...controlProps(id, error, `${id}-hint`)}
        ref={inputRef}
        type="search"
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList && matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={activeId}
        placeholder={t('acct.picker.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        // Options keep the focus in the box (mousedown is prevented), so leaving it closes the list.
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <div id={`${id}-hint`} className="field-hint">
        {t('acct.picker.hint')}
      </div>
      {showList ? (
        <div className="picker-popup">
          {failed ? <p className="field-error">{apiErrorText(failed, t)}</p> : null}
          {!loading && data && matches.length === 0 ? <p className="muted small">{t('acct.picker.none')}</p> : null}
          <ul id={listId} role="listbox" className="picker-list" aria-label={t('acct.picker.matches')}>
            {matches.map((c, i) => (
              <li
                key={c.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                data-testid="picker-option"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(i)}
              >
                <strong>{c.name}</strong>
                {c.phones[0] ? <span className="muted"> · {c.phones[0].display}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** The picker under its label, with its error: a required "customer" field of a form. */
export function CustomerField({ label, ...picker }: Props & { label: string }) {
  return (
    <Field id={picker.id} label={label} error={picker.error} required>
      <CustomerPicker {...picker} />
    </Field>
  );
}
