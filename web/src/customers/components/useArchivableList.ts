// What the preference and key-date panels share: a list whose items are
// archived with an inline confirm (focus then moves to the remove button that
// took the item's place, or the form), and an add form with errors beside fields.
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { apiErrorText, type FieldErrors } from '../../api/userErrors';
import type { CustomerCardFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { readPayload, type CardPayload } from './cardMutations';

/** A field the form checks before sending: its key, the message, and the input to focus. */
export type LocalError<F> = readonly [field: keyof F & string, message: string, input: RefObject<HTMLInputElement | null>];

interface Options<F extends Record<string, string>, I> {
  /** The list as the card shows it now. */
  items: readonly I[];
  emptyForm: F;
  /** The fields whose server errors go beside the inputs. */
  fields: ReadonlySet<string>;
  /** The form's first input: focused after an add, and after removing the last item. */
  firstInput: RefObject<HTMLInputElement | null>;
  /** Errors found before sending, in the order of the fields (the first is focused). */
  validate: (form: F) => LocalError<F>[];
  /** Sends the add; `status` is announced when it succeeds. */
  add: (form: F) => Promise<{ payload: CardPayload; status: string }>;
  /** Sends the removal; `status` is announced when it succeeds. */
  remove: (item: I) => Promise<{ payload: CardPayload; status: string }>;
  /** The card takes the customer of a payload as its new state. */
  onChange: (customer: CustomerCardFragment) => void;
  /** Fetches the card again (when a payload has no customer, or the data went stale). */
  refresh: () => Promise<unknown>;
}

export function useArchivableList<F extends Record<string, string>, I, L extends HTMLElement>({
  items,
  emptyForm,
  fields,
  firstInput,
  validate,
  add,
  remove,
  onChange,
  refresh,
}: Options<F, I>) {
  const { t, lang } = useI18n();
  const [form, setForm] = useState(emptyForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const listRef = useRef<L>(null);
  // After a removal, focus goes to the remove button that took its place (or the form).
  const focusAfterRemove = useRef<number | null>(null);

  useEffect(() => {
    const index = focusAfterRemove.current;
    if (index === null) return;
    focusAfterRemove.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-remove]') ?? [];
    const next = buttons[Math.min(index, buttons.length - 1)];
    (next ?? firstInput.current)?.focus();
  }, [items, firstInput]);

  const set = (key: keyof F & string) => (value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    if (errors[key]) setErrors(({ [key]: _gone, ...rest }) => rest);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = validate(form);
    const local: FieldErrors = {};
    for (const [field, message] of found) local[field] = message;
    setErrors(local);
    setGeneral([]);
    setStatus('');
    const [first] = found;
    if (first) {
      first[2].current?.focus();
      return;
    }
    setBusy(true);
    try {
      const sent = await add(form);
      const outcome = readPayload(sent.payload, fields, lang, t);
      if (outcome.ok) {
        if (outcome.customer) onChange(outcome.customer);
        else await refresh();
        setForm(emptyForm);
        setStatus(sent.status);
        firstInput.current?.focus();
      } else {
        setErrors(outcome.fields);
        setGeneral(outcome.general);
        if (outcome.stale) await refresh();
      }
    } catch (err) {
      setGeneral([apiErrorText(err, t)]);
    } finally {
      setBusy(false);
    }
  };

  const onRemove = async (item: I, index: number) => {
    setGeneral([]);
    setStatus('');
    try {
      const sent = await remove(item);
      const outcome = readPayload(sent.payload, new Set(), lang, t);
      if (outcome.ok) {
        focusAfterRemove.current = index;
        if (outcome.customer) onChange(outcome.customer);
        else await refresh();
        setStatus(sent.status);
      } else {
        setGeneral(outcome.general);
        // Someone else removed it already: show the card as it is now.
        if (outcome.stale) await refresh();
      }
    } catch (err) {
      setGeneral([apiErrorText(err, t)]);
    }
  };

  return { form, errors, general, status, busy, listRef, set, onSubmit, onRemove };
}
