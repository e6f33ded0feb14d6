import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { execute } from '../../api/client';
import type { InteractionPurpose } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorBanner, controlProps } from '../../ui/Field';
import { addDays, hotelDate } from '../../ui/format';
import { useFormErrors } from '../../ui/useFormErrors';
import { useCallCentre } from '../CallCentre';
import { isDirty, type CallEntry } from '../calls';
import { PURPOSES } from '../labels';
import { WrapUpCallMutation } from '../operations';

const FIELDS: ReadonlySet<string> = new Set(['purpose', 'summary', 'followUpOn']);
const QUICK_DAYS = [1, 3, 7] as const;

/**
 * The agent's notes on the call: purpose, summary, call-back date. The draft
 * lives with the call (keyed by callId), so a newer call taking the screen,
 * a failed save or a reload never loses what was typed.
 */
export function WrapUpForm({ call }: { call: CallEntry }) {
  const { t } = useI18n();
  const { dispatch, touch } = useCallCentre();
  const { errors, general, formRef, clear, check, showUserErrors, showFailure, reset } = useFormErrors();
  const [busy, setBusy] = useState(false);
  const draft = call.draft;
  const dirty = isDirty(call);

  const set = (patch: Partial<typeof draft>) => {
    dispatch({ type: 'draft', callId: call.callId, draft: patch });
    clear(...Object.keys(patch));
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    const sent = draft;
    const callId = call.callId;
    check({});
    setBusy(true);
    try {
      const { wrapUpCall } = await execute(WrapUpCallMutation, {
        input: {
          callId,
          customerId: call.customerId,
          purpose: sent.purpose || null,
          summary: sent.summary.trim() || null,
          followUpOn: sent.followUpOn || null,
        },
      });
      if (wrapUpCall.errors.length === 0) {
        // Keyed by callId: an answer that arrives after another call took the screen still lands on its own call.
        dispatch({ type: 'saved', callId, draft: sent });
        reset();
        touch();
        return;
      }
      showUserErrors(wrapUpCall.errors, FIELDS);
    } catch (err) {
      showFailure(err);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  };

  const today = hotelDate();
  const state = call.saved ? (dirty ? 'edited' : 'saved') : 'new';
  return (
    <form
      ref={formRef}
      className="panel wrap-up"
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
      aria-labelledby="wrapup-title"
      data-testid="wrapup-form"
      data-state={state}
    >
      <div className="panel-head">
        <h2 id="wrapup-title">{t('wrapUp.title')}</h2>
        <span className={`wrapup-state small ${state}`} role="status" data-testid="wrapup-status">
          {state === 'saved' ? t('wrapUp.saved') : state === 'edited' ? t('wrapUp.unsavedChanges') : ''}
        </span>
      </div>
      <ErrorBanner messages={general} />
      <fieldset
        className={`purpose-group${errors.purpose ? ' has-error' : ''}`}
        aria-describedby={errors.purpose ? 'wrapup-purpose-error' : undefined}
      >
        <legend>
          {t('wrapUp.purpose')}
          <span className="required" aria-hidden="true">
            *
          </span>
        </legend>
        <div className="purpose-chips">
          {PURPOSES.map((p: InteractionPurpose, index) => (
            <label key={p} className={`purpose-chip${draft.purpose === p ? ' checked' : ''}`}>
              <input
                type="radio"
                name={`wrapup-purpose-${call.callId}`}
                value={p}
                checked={draft.purpose === p}
                aria-invalid={errors.purpose && (draft.purpose ? draft.purpose === p : index === 0) ? true : undefined}
                onChange={() => set({ purpose: p })}
              />
              {t(`purpose.${p}`)}
            </label>
          ))}
        </div>
        {errors.purpose ? (
          <div className="field-error" id="wrapup-purpose-error" role="alert" data-field-error="wrapup-purpose">
            {errors.purpose}
          </div>
        ) : null}
      </fieldset>
      <div className="wrapup-row">
        <div className={`field summary${errors.summary ? ' has-error' : ''}`}>
          <label htmlFor="wrapup-summary">{t('wrapUp.summary')}</label>
          <textarea
            {...controlProps('wrapup-summary', errors.summary, 'wrapup-summary-hint')}
            rows={2}
            maxLength={4000}
            value={draft.summary}
            onChange={(e) => set({ summary: e.target.value })}
          />
          <div className="field-hint" id="wrapup-summary-hint">
            {t('wrapUp.summaryHint')}
          </div>
          {errors.summary ? (
            <div className="field-error" id="wrapup-summary-error" role="alert" data-field-error="wrapup-summary">
              {errors.summary}
            </div>
          ) : null}
        </div>
        <div className={`field follow-up${errors.followUpOn ? ' has-error' : ''}`}>
          <label htmlFor="wrapup-followUpOn">
            {t('wrapUp.followUpOn')}
            <span className="muted">{t('common.optional')}</span>
          </label>
          <input
            {...controlProps('wrapup-followUpOn', errors.followUpOn)}
            type="date"
            value={draft.followUpOn}
            onChange={(e) => set({ followUpOn: e.target.value })}
          />
          <div className="quick-days">
            {QUICK_DAYS.map((days) => (
              <button
                key={days}
                type="button"
                className="small"
                onClick={() => set({ followUpOn: addDays(today, days) })}
              >
                {t('wrapUp.inDays', { days })}
              </button>
            ))}
          </div>
          {errors.followUpOn ? (
            <div className="field-error" id="wrapup-followUpOn-error" role="alert" data-field-error="wrapup-followUpOn">
              {errors.followUpOn}
            </div>
          ) : null}
        </div>
        <div className="wrapup-actions">
          <button type="submit" className="primary" disabled={busy} data-testid="wrapup-save">
            {busy ? t('wrapUp.saving') : call.saved ? t('wrapUp.update') : t('wrapUp.save')}
          </button>
        </div>
      </div>
    </form>
  );
}
