import { useState, type FormEvent } from 'react';
import { execute } from '../../api/client';
import { apiErrorText, splitUserErrors } from '../../api/userErrors';
import { useI18n } from '../../i18n';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { navigate, useLocation } from '../../router';
import { ErrorBanner, Field, controlProps } from '../../ui/Field';
import { SignInMutation } from '../operations';
import { useSession } from '../session';

const FIELDS = new Set(['username', 'password']);

export function SignInPage() {
  const { t, lang } = useI18n();
  const { signIn, expired } = useSession();
  const { search } = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const missing: Record<string, string> = {};
    if (!username.trim()) missing.username = t('errorCode.REQUIRED');
    if (!password) missing.password = t('errorCode.REQUIRED');
    setFieldErrors(missing);
    setGeneral([]);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      const { login } = await execute(SignInMutation, { input: { username: username.trim(), password } });
      if (login.token && login.user && login.errors.length === 0) {
        signIn(login.token, login.user);
        const next = search.get('next');
        navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
        return;
      }
      const throttled = login.errors.find((e) => e.code === 'THROTTLED');
      if (throttled) {
        // The server's Chinese words say how long to wait; other languages get ours.
        setFieldErrors({});
        setGeneral([
          lang === 'zh-CN' && throttled.message ? throttled.message : t('signIn.throttled'),
          t('signIn.throttledHelp'),
        ]);
      } else {
        const split = splitUserErrors(login.errors, FIELDS, lang, t);
        setFieldErrors(split.fields);
        const nothingShown = split.general.length === 0 && Object.keys(split.fields).length === 0;
        setGeneral(nothingShown ? [t('signIn.failed')] : split.general);
      }
      setPassword('');
    } catch (error) {
      setGeneral([apiErrorText(error, t)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="signin" id="main">
      <form className="signin-card" onSubmit={submit} noValidate aria-labelledby="signin-title" data-testid="signin-form">
        <div className="signin-head">
          <h1 id="signin-title">{t('app.title')}</h1>
          <LanguageSwitch />
        </div>
        <h2>{t('signIn.title')}</h2>
        {expired ? <p className="banner banner-info">{t('signIn.sessionExpired')}</p> : null}
        <ErrorBanner messages={general} />
        <Field id="username" label={t('signIn.username')} error={fieldErrors.username}>
          <input
            {...controlProps('username', fieldErrors.username)}
            autoComplete="username"
            autoFocus
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </Field>
        <Field id="password" label={t('signIn.password')} error={fieldErrors.password}>
          <input
            {...controlProps('password', fieldErrors.password)}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
    </main>
  );
}
