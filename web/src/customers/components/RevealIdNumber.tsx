import { useState, type FormEvent } from 'react';
import { execute } from '../../api/client';
import { apiErrorText, userErrorText } from '../../api/userErrors';
import { useI18n } from '../../i18n';
import { Field, controlProps } from '../../ui/Field';
import { RevealIdNumberMutation } from '../operations';

/** Managers only: asks for a reason, shows the full number once, audited by the server. */
export function RevealIdNumber({ customerId }: { customerId: string }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [revealed, setRevealed] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!reason.trim()) {
      setError(t('errorCode.REQUIRED'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { revealIdNumber } = await execute(RevealIdNumberMutation, {
        input: { customerId, reason: reason.trim() },
      });
      const first = revealIdNumber.errors[0];
      if (first) setError(userErrorText(first, lang, t));
      else {
        setRevealed(revealIdNumber.idNumber ?? null);
        setOpen(false);
        setReason('');
      }
    } catch (err) {
      setError(apiErrorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  if (revealed) {
    return (
      <div className="revealed" data-testid="revealed-id">
        <span>{t('reveal.result')} </span>
        <code>{revealed}</code>{' '}
        <button type="button" className="link" onClick={() => setRevealed(null)}>
          {t('reveal.hide')}
        </button>
      </div>
    );
  }
  if (!open) {
    return (
      <button type="button" className="small" onClick={() => setOpen(true)}>
        {t('reveal.button')}
      </button>
    );
  }
  return (
    <form className="reveal-form" onSubmit={submit} noValidate>
      <Field id="reveal-reason" label={t('reveal.reason')} error={error}>
        <input
          {...controlProps('reveal-reason', error)}
          autoFocus
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
          }}
        />
      </Field>
      <div className="actions">
        <button type="submit" className="primary small" disabled={busy}>
          {t('reveal.submit')}
        </button>
        <button type="button" className="small" onClick={() => setOpen(false)}>
          {t('reveal.cancel')}
        </button>
      </div>
    </form>
  );
}
