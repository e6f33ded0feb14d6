// Changing a prospect's grade on its own (changeProspectGrade): H/A/B/C as radio buttons (arrow
// keys move, Enter or the button saves, Escape cancels); the server recomputes the next
// follow-up date from today, and the caller shows it.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { execute } from '../../api/client';
import type { ProspectCardFieldsFragment, ProspectGrade } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorBanner } from '../../ui/Field';
import { useFormErrors } from '../../ui/useFormErrors';
import { ChangeProspectGradeMutation } from '../operations';

export const GRADES: readonly ProspectGrade[] = ['H', 'A', 'B', 'C'];

// Give it key={version} where the prospect may change under it: it starts from the server's grade.
interface Props {
  prospect: { id: string; grade: ProspectGrade; version: number };
  onChanged: (prospect: ProspectCardFieldsFragment) => void;
  onCancel?: () => void;
  /** Put the focus on the current grade when shown (opened from a button). */
  autoFocus?: boolean;
}

export function GradeChanger({ prospect, onChanged, onCancel, autoFocus = false }: Props) {
  const { t } = useI18n();
  const { general, formRef, showUserErrors, showFailure, reset } = useFormErrors();
  const [grade, setGrade] = useState<ProspectGrade>(prospect.grade);
  const [busy, setBusy] = useState(false);
  const current = useRef<HTMLInputElement>(null);
  const name = `grade-${prospect.id}`;

  useEffect(() => {
    if (autoFocus) current.current?.focus();
  }, [autoFocus]);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    reset();
    setBusy(true);
    try {
      const d = await execute(ChangeProspectGradeMutation, {
        input: { id: prospect.id, grade, expectedVersion: prospect.version },
      });
      const { prospect: changed, errors } = d.changeProspectGrade;
      if (errors.length || !changed) showUserErrors(errors, new Set());
      else onChanged(changed);
    } catch (err) {
      showFailure(err);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };

  return (
    <form
      className="grade-changer"
      ref={formRef}
      onSubmit={(e) => void submit(e)}
      onKeyDown={onKeyDown}
      noValidate
      data-testid="grade-changer"
    >
      <fieldset className="inline-choices">
        <legend>{t('acct.grade.legend')}</legend>
        {GRADES.map((g) => (
          <label key={g} title={t(`prospectGrade.${g}`)}>
            <input
              type="radio"
              name={name}
              value={g}
              checked={grade === g}
              ref={g === prospect.grade ? current : undefined}
              onChange={() => setGrade(g)}
            />{' '}
            {g}
          </label>
        ))}
      </fieldset>
      <span className="muted small">{t(`prospectGrade.${grade}`)}</span>
      <ErrorBanner messages={general} />
      <span className="actions tight">
        <button type="submit" disabled={busy || grade === prospect.grade}>
          {t('acct.grade.save')}
        </button>
        {onCancel ? (
          <button type="button" className="link-button" onClick={onCancel}>
            {t('acct.grade.cancel')}
          </button>
        ) : null}
      </span>
    </form>
  );
}
