// A form's error state: messages beside fields, a banner for the rest, and
// focus on the first invalid control whenever errors are shown.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { apiErrorText, splitUserErrors, type FieldErrors, type UserErrorLike } from '../api/userErrors';
import { useI18n } from '../i18n';

export interface FormErrors {
  errors: FieldErrors;
  general: string[];
  /** Put on the <form>: the first control with aria-invalid="true" inside it gets the focus. */
  formRef: RefObject<HTMLFormElement | null>;
  /** The user changed these fields: their messages go. */
  clear: (...keys: string[]) => void;
  /** Shows the form's own checks; true when there is nothing to show (go on and send). */
  check: (local: FieldErrors) => boolean;
  /** Shows a payload's UserErrors: known fields beside their controls, the rest in the banner. */
  showUserErrors: (errors: readonly UserErrorLike[], fields: ReadonlySet<string>, alias?: (key: string) => string) => void;
  /** Shows a failed request (network, forbidden, internal) in the banner. */
  showFailure: (error: unknown) => void;
  reset: () => void;
}

export function useFormErrors(): FormErrors {
  const { t, lang } = useI18n();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirst = useRef(false);

  useEffect(() => {
    if (!focusFirst.current) return;
    focusFirst.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const clear = useCallback((...keys: string[]) => {
    setErrors((prev) => (keys.some((k) => k in prev) ? Object.fromEntries(Object.entries(prev).filter(([k]) => !keys.includes(k))) : prev));
  }, []);

  const check = useCallback((local: FieldErrors) => {
    focusFirst.current = true;
    setErrors(local);
    setGeneral([]);
    return Object.keys(local).length === 0;
  }, []);

  const showUserErrors = useCallback(
    (userErrors: readonly UserErrorLike[], fields: ReadonlySet<string>, alias?: (key: string) => string) => {
      const split = splitUserErrors(userErrors, fields, lang, t, alias);
      focusFirst.current = true;
      setErrors(split.fields);
      setGeneral(split.general);
    },
    [lang, t],
  );

  const showFailure = useCallback((error: unknown) => setGeneral([apiErrorText(error, t)]), [t]);

  const reset = useCallback(() => {
    setErrors({});
    setGeneral([]);
  }, []);

  return { errors, general, formRef, clear, check, showUserErrors, showFailure, reset };
}
