import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { execute } from '../../api/client';
import type { FieldErrors } from '../../api/userErrors';
import type { InteractionKind, InteractionPurpose, LogInteractionInput } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorBanner, Field, controlProps } from '../../ui/Field';
import { hotelDate, hotelLocalToIso } from '../../ui/format';
import { useFormErrors } from '../../ui/useFormErrors';
import { LOGGABLE_KINDS, PURPOSES } from '../labels';
import { LogInteractionMutation } from '../operations';

export type LoggableKind = Exclude<InteractionKind, 'CALL_IN'>;

/** What the form holds; kept by the card, so closing the form and opening it again loses nothing. */
export interface LogDraft {
  kind: LoggableKind;
  purpose: InteractionPurpose | '';
  summary: string;
  occurredAt: string;
  minutes: string;
  followUpOn: string;
  phone: string;
}

export function emptyLogDraft(kind: LoggableKind): LogDraft {
  return { kind, purpose: '', summary: '', occurredAt: '', minutes: '', followUpOn: '', phone: '' };
}

type Key = keyof LogDraft;
const FIELDS: ReadonlySet<string> = new Set(['kind', 'purpose', 'summary', 'occurredAt', 'minutes', 'followUpOn', 'phone']);
/** Input paths the server names → the control that shows the message. */
const alias = (key: string) => (key === 'durationSeconds' ? 'minutes' : key);
const TALKS: ReadonlySet<LoggableKind> = new Set(['CALL_OUT', 'VISIT']);
const HAS_PHONE: ReadonlySet<LoggableKind> = new Set(['CALL_OUT', 'SMS']);

interface Props {
  customerId: string;
  phones: readonly { number: string; display: string }[];
  draft: LogDraft;
  onDraft: (patch: Partial<LogDraft>) => void;
  /** Changes each time a quick action asks for the form: focus goes to the summary. */
  focusKey: number;
  onSaved: (kind: LoggableKind) => void;
  onClose: () => void;
}

/** Logs an outgoing call, a visit, e-mail, WeChat, SMS or a note on the customer. */
export function LogInteractionForm({ customerId, phones, draft, onDraft, focusKey, onSaved, onClose }: Props) {
  const { t } = useI18n();
  const { errors, general, formRef, clear, check, showUserErrors, showFailure } = useFormErrors();
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    summaryRef.current?.focus();
  }, [focusKey]);

  const set = (key: Key) => (value: string) => {
    onDraft({ [key]: value });
    clear(key);
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    const local: FieldErrors = {};
    if (draft.kind === 'NOTE' && !draft.summary.trim()) local.summary = t('errorCode.REQUIRED');
    const occurredAt = draft.occurredAt ? hotelLocalToIso(draft.occurredAt) : null;
    if (draft.occurredAt && !occurredAt) local.occurredAt = t('errorCode.INVALID');
    const minutes = draft.minutes.trim() === '' ? null : Number(draft.minutes);
    if (minutes !== null && !(Number.isFinite(minutes) && minutes >= 0)) local.minutes = t('log.minutesInvalid');
    if (!check(local)) return;

    const input: LogInteractionInput = {
      customerId,
      kind: draft.kind,
      purpose: draft.purpose || null,
      summary: draft.summary.trim() || null,
      occurredAt,
      durationSeconds: minutes === null || !TALKS.has(draft.kind) ? null : Math.round(minutes * 60),
      followUpOn: draft.followUpOn || null,
      phone: HAS_PHONE.has(draft.kind) ? draft.phone.trim() || null : null,
    };
    setBusy(true);
    try {
      const { logInteraction } = await execute(LogInteractionMutation, { input });
      if (logInteraction.errors.length === 0) {
        onSaved(draft.kind);
        return;
      }
      showUserErrors(logInteraction.errors, FIELDS, alias);
    } catch (err) {
      showFailure(err);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  };

  return (
    <form
      ref={formRef}
      className="log-form"
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
      aria-labelledby="log-title"
      data-testid="log-form"
    >
      <h3 id="log-title">{t('log.title')}</h3>
      <ErrorBanner messages={general} />
      <div className="log-grid">
        <Field id="log-kind" label={t('log.kind')} error={errors.kind} required>
          <select
            {...controlProps('log-kind', errors.kind)}
            value={draft.kind}
            onChange={(e) => set('kind')(e.target.value)}
          >
            {LOGGABLE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`interactionKind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="log-purpose" label={t('log.purpose')} error={errors.purpose}>
          <select
            {...controlProps('log-purpose', errors.purpose)}
            value={draft.purpose}
            onChange={(e) => set('purpose')(e.target.value)}
          >
            <option value="">{t('log.noPurpose')}</option>
            {PURPOSES.map((p) => (
              <option key={p} value={p}>
                {t(`purpose.${p}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="log-occurredAt"
          label={t('log.occurredAt')}
          error={errors.occurredAt}
          hint={t('log.occurredAtHint')}
          hintId="log-occurredAt-hint"
        >
          <input
            {...controlProps('log-occurredAt', errors.occurredAt, 'log-occurredAt-hint')}
            type="datetime-local"
            value={draft.occurredAt}
            onChange={(e) => set('occurredAt')(e.target.value)}
          />
        </Field>
        {TALKS.has(draft.kind) ? (
          <Field id="log-minutes" label={t('log.minutes')} error={errors.minutes}>
            <input
              {...controlProps('log-minutes', errors.minutes)}
              inputMode="decimal"
              className="num"
              value={draft.minutes}
              onChange={(e) => set('minutes')(e.target.value)}
            />
          </Field>
        ) : null}
        {HAS_PHONE.has(draft.kind) ? (
          <Field id="log-phone" label={t('log.phone')} error={errors.phone}>
            <input
              {...controlProps('log-phone', errors.phone)}
              list="log-phone-options"
              autoComplete="off"
              value={draft.phone}
              onChange={(e) => set('phone')(e.target.value)}
            />
          </Field>
        ) : null}
        <Field id="log-followUpOn" label={t('log.followUpOn')} error={errors.followUpOn}>
          <input
            {...controlProps('log-followUpOn', errors.followUpOn)}
            type="date"
            min={hotelDate()}
            value={draft.followUpOn}
            onChange={(e) => set('followUpOn')(e.target.value)}
          />
        </Field>
        <Field
          id="log-summary"
          label={t('log.summary')}
          error={errors.summary}
          required={draft.kind === 'NOTE'}
          className="span-all"
          hint={t('log.summaryHint')}
          hintId="log-summary-hint"
        >
          <textarea
            {...controlProps('log-summary', errors.summary, 'log-summary-hint')}
            ref={summaryRef}
            rows={3}
            maxLength={4000}
            value={draft.summary}
            onChange={(e) => set('summary')(e.target.value)}
          />
        </Field>
      </div>
      <datalist id="log-phone-options">
        {phones.map((p) => (
          <option key={p.number} value={p.number} label={p.display} />
        ))}
      </datalist>
      <div className="actions tight">
        <button type="submit" className="primary" disabled={busy} data-testid="log-save">
          {busy ? t('log.saving') : t('log.save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('log.cancel')}
        </button>
      </div>
    </form>
  );
}
