import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n';

interface Props {
  /** What is removed, as the person reads it ("枕头 · 荞麦枕"). */
  item: string;
  /** The accessible name of the × button. */
  label: string;
  /** Resolves when done; the item then leaves the list and this control with it. */
  onRemove: () => Promise<void>;
}

/**
 * × → "移除“…”？ [确认移除] [取消]" in place, the confirm button focused:
 * two keystrokes (Enter, Enter) for the call centre, Esc backs out. Removing
 * archives on the server, so the question is short rather than alarming.
 */
export function ConfirmRemove({ item, label, onRemove }: Props) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'confirm' | 'busy'>('idle');
  const trigger = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (state === 'idle' && returnFocus.current) {
      returnFocus.current = false;
      trigger.current?.focus();
    }
  }, [state]);

  const cancel = () => {
    returnFocus.current = true;
    setState('idle');
  };

  if (state === 'idle') {
    return (
      <button
        ref={trigger}
        type="button"
        className="remove-x"
        aria-label={label}
        title={label}
        data-remove={item}
        onClick={() => setState('confirm')}
      >
        ×
      </button>
    );
  }
  return (
    <span
      className="confirm-remove"
      role="group"
      aria-label={label}
      title={t('remove.archivedHint')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          cancel();
        }
      }}
    >
      <span className="confirm-question">{t('remove.question', { item })}</span>
      <button
        type="button"
        className="small danger"
        autoFocus
        disabled={state === 'busy'}
        data-confirm-remove={item}
        onClick={async () => {
          setState('busy');
          try {
            await onRemove();
          } finally {
            // Still here only when the removal failed (the list says why).
            returnFocus.current = true;
            setState('idle');
          }
        }}
      >
        {t('remove.confirm')}
      </button>
      <button type="button" className="small" onClick={cancel} disabled={state === 'busy'}>
        {t('remove.cancel')}
      </button>
    </span>
  );
}
