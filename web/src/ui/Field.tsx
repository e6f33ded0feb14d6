import type { ReactNode } from 'react';

/** Props that tie a control to its label and its error text, for screen readers too. */
export function controlProps(id: string, error?: string | null, hintId?: string) {
  const described = [error ? `${id}-error` : null, hintId ?? null].filter(Boolean).join(' ');
  return {
    id,
    name: id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described || undefined,
  } as const;
}

interface FieldProps {
  id: string;
  label: string;
  error?: string | null | undefined;
  hint?: ReactNode;
  hintId?: string;
  className?: string;
  required?: boolean;
  children: ReactNode;
}

/** A label, its control and the message about it, one under the other. */
export function Field({ id, label, error, hint, hintId, className, required, children }: FieldProps) {
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="required" aria-hidden="true">
            *
          </span>
        ) : null}
      </label>
      {children}
      {hint ? (
        <div className="field-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div className="field-error" id={`${id}-error`} role="alert" data-field-error={id}>
          {error}
        </div>
      ) : null}
    </div>
  );
}

export function ErrorBanner({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div className="banner banner-error" role="alert">
      {messages.map((m, i) => (
        <p key={i}>{m}</p>
      ))}
    </div>
  );
}
