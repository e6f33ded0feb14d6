// A follow-up task made by hand (createFollowUpTask, kind MANUAL): for whom, what, by when and a
// note. It goes to the signed-in user's list ("my due"); from the customer card the customer is given.
import { useEffect, useState, type FormEvent } from 'react';
import { execute } from '../../api/client';
import type { FollowUpTaskFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorBanner, Field, controlProps } from '../../ui/Field';
import { useFormErrors } from '../../ui/useFormErrors';
import { CreateFollowUpTaskMutation } from '../operations';
import { CustomerField, type PickedCustomer } from './CustomerPicker';

const FIELDS: ReadonlySet<string> = new Set(['customerId', 'title', 'dueOn', 'note']);

interface Props {
  /** Fixed when made from the customer card; otherwise chosen in the form. */
  customer?: PickedCustomer;
  /** The hotel's today (from the due lists), the first due date offered. */
  today?: string;
  onDone: (task: FollowUpTaskFieldsFragment) => void;
  onCancel?: () => void;
}

export function NewTaskForm({ customer, today, onDone, onCancel }: Props) {
  const { t } = useI18n();
  const { errors, general, formRef, clear, check, showUserErrors, showFailure } = useFormErrors();
  const [picked, setPicked] = useState<PickedCustomer | null>(customer ?? null);
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState(today ?? '');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  // Opened from a button: the first control takes the focus, so the form is filled from the keyboard.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, [formRef]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const required = t('errorCode.REQUIRED');
    const local: Record<string, string> = {};
    if (!picked) local.customerId = required;
    if (!title.trim()) local.title = required;
    if (!dueOn) local.dueOn = required;
    if (!check(local) || !picked) return;
    setBusy(true);
    try {
      const d = await execute(CreateFollowUpTaskMutation, {
        input: { customerId: picked.id, title, dueOn, note: note.trim() ? note : null },
      });
      const { task, errors: refused } = d.createFollowUpTask;
      if (refused.length || !task) showUserErrors(refused, FIELDS);
      else onDone(task);
    } catch (err) {
      showFailure(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="new-task-form"
      ref={formRef}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCancel) {
          e.preventDefault();
          onCancel();
        }
      }}
      noValidate
      data-testid="new-task-form"
    >
      <ErrorBanner messages={general} />
      {customer ? null : (
        <CustomerField
          id="task-customer"
          label={t('acct.newTask.customer')}
          value={picked}
          error={errors.customerId}
          onChange={(c) => {
            setPicked(c);
            clear('customerId');
          }}
        />
      )}
      <Field id="task-title" label={t('acct.newTask.what')} error={errors.title} required>
        <input
          {...controlProps('task-title', errors.title)}
          value={title}
          maxLength={200}
          placeholder={t('acct.newTask.whatPlaceholder')}
          onChange={(e) => {
            setTitle(e.target.value);
            clear('title');
          }}
        />
      </Field>
      <Field id="task-dueOn" label={t('acct.newTask.dueOn')} error={errors.dueOn} required>
        <input
          {...controlProps('task-dueOn', errors.dueOn)}
          type="date"
          value={dueOn}
          min={today}
          onChange={(e) => {
            setDueOn(e.target.value);
            clear('dueOn');
          }}
        />
      </Field>
      <Field id="task-note" label={t('acct.newTask.note')} error={errors.note}>
        <textarea
          {...controlProps('task-note', errors.note)}
          rows={2}
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
            clear('note');
          }}
        />
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('acct.newTask.save')}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t('acct.newTask.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
