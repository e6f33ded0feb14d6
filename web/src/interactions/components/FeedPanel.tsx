import { useState, type FormEvent } from 'react';
import { apiErrorText, userErrorText, type UserErrorLike } from '../../api/userErrors';
import { useI18n } from '../../i18n';
import { Field, controlProps } from '../../ui/Field';
import { useCallCentre, type Feed } from '../CallCentre';

/** "● 已连接": the state of the live feed, as a dot and a word. */
export function FeedStatus({ feed, testId = 'feed-state' }: { feed: Feed; testId?: string }) {
  const { t } = useI18n();
  return (
    <span className={`feed-state feed-${feed.state}`} data-testid={testId} data-state={feed.state} role="status">
      <span className="feed-dot" aria-hidden="true" />
      {t(`feed.${feed.state}`)}
    </span>
  );
}

/** The extension this console rings on, and the live feed of its calls. */
export function FeedPanel() {
  const { t, lang } = useI18n();
  const { extension, feed, bind, unbind, reconnect } = useCallCentre();
  const [editing, setEditing] = useState(false);
  const [number, setNumber] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (value: string, takeOver: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const errors: readonly UserErrorLike[] = await bind(value, takeOver);
      const first = errors[0];
      if (!first) {
        setConflict(null);
        setEditing(false);
        return;
      }
      setConflict(first.code === 'CONFLICT' ? value : null);
      setError(userErrorText(first, lang, t));
    } catch (err) {
      setError(apiErrorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!number.trim()) {
      setError(t('errorCode.REQUIRED'));
      return;
    }
    void send(number.trim(), false);
  };

  const problem = feed.problem;
  const showForm = !extension || editing;
  return (
    <section className="side-panel feed-panel" aria-labelledby="feed-title" data-testid="feed-panel">
      <div className="panel-head">
        <h2 id="feed-title">{t('feed.title')}</h2>
        <FeedStatus feed={feed} />
      </div>
      {extension && !editing ? (
        <div className="feed-extension">
          <span>
            {t('feed.extension')}
            {t('common.colon')}
            <strong className="mono" data-testid="bound-extension">
              {extension}
            </strong>
          </span>
          <button
            type="button"
            className="small"
            data-testid="feed-change"
            onClick={() => {
              setNumber(extension);
              setEditing(true);
              setError(null);
            }}
          >
            {t('feed.change')}
          </button>
          <button type="button" className="small" onClick={() => void unbind().catch((err: unknown) => setError(apiErrorText(err, t)))}>
            {t('feed.unbind')}
          </button>
        </div>
      ) : null}
      {problem ? (
        <div className="banner banner-warning feed-problem" role="alert" data-testid="feed-problem">
          <p>
            {problem.kind === 'forbidden'
              ? lang === 'zh-CN' && problem.message
                ? problem.message
                : `${t('feed.forbidden')}${problem.message ? ` (${problem.message})` : ''}`
              : problem.kind === 'unauthenticated'
                ? t('signIn.sessionExpired')
                : t('feed.failed')}
          </p>
          {problem.kind === 'forbidden' && extension ? (
            <button type="button" className="small" disabled={busy} onClick={() => void send(extension, true)} data-testid="feed-take-back">
              {t('feed.takeBack', { extension })}
            </button>
          ) : null}
          {problem.kind === 'failed' ? (
            <button type="button" className="small" onClick={reconnect}>
              {t('feed.reconnect')}
            </button>
          ) : null}
        </div>
      ) : null}
      {showForm ? (
        <form className="bind-form" onSubmit={submit} noValidate data-testid="bind-form">
          <Field id="bind-extension" label={t('feed.extension')} error={error} hint={t('feed.bindHint')} hintId="bind-extension-hint">
            <div className="bind-row">
              <input
                {...controlProps('bind-extension', error, 'bind-extension-hint')}
                className="mono"
                inputMode="numeric"
                autoComplete="off"
                maxLength={32}
                value={number}
                onChange={(e) => {
                  setNumber(e.target.value);
                  setConflict(null);
                  setError(null);
                }}
              />
              <button type="submit" className="primary small" disabled={busy}>
                {t('feed.bind')}
              </button>
            </div>
          </Field>
          {conflict ? (
            <button
              type="button"
              className="small danger"
              disabled={busy}
              onClick={() => void send(conflict, true)}
              data-testid="bind-take-over"
            >
              {t('feed.takeOver', { extension: conflict })}
            </button>
          ) : null}
          {editing ? (
            <button type="button" className="small" onClick={() => setEditing(false)}>
              {t('feed.cancel')}
            </button>
          ) : null}
        </form>
      ) : error ? (
        <p className="field-error">{error}</p>
      ) : null}
    </section>
  );
}
