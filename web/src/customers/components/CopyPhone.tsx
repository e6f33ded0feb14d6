import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // The Clipboard API needs a secure context; fall back to a hidden textarea.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

export function CopyPhone({ number, display, label }: { number: string; display: string; label: string | null }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 1800);
    return () => window.clearTimeout(timer);
  }, [state]);
  return (
    <li className="phone">
      <button
        type="button"
        className="copy-phone"
        title={`${t('card.copy')} ${number}`}
        aria-label={`${t('card.copy')} ${display}`}
        onClick={async () => setState((await copyText(number)) ? 'copied' : 'failed')}
      >
        <span className="phone-number">{display}</span>
        {label ? <span className="phone-label muted">{label}</span> : null}
        <span className="copy-state" aria-live="polite">
          {state === 'copied' ? t('card.copied') : state === 'failed' ? t('card.copyFailed') : t('card.copy')}
        </span>
      </button>
    </li>
  );
}
