import { useEffect } from 'react';
import { can } from './auth/roles';
import { SignInPage } from './auth/pages/SignInPage';
import { useSession, type SessionUser } from './auth/session';
import { CustomerCardPage } from './customers/pages/CustomerCardPage';
import { LOOKUP_INPUT_ID, LookupPage } from './customers/pages/LookupPage';
import { RegisterPage } from './frontdesk/pages/RegisterPage';
import { useI18n } from './i18n';
import { LanguageSwitch } from './i18n/LanguageSwitch';
import { Link, matchPath, navigate, useLocation } from './router';

export function App() {
  const { user } = useSession();
  const { pathname } = useLocation();

  useEffect(() => {
    if (!user && pathname !== '/signin') {
      const here = window.location.pathname + window.location.search;
      navigate(here === '/' ? '/signin' : `/signin?next=${encodeURIComponent(here)}`, { replace: true });
    }
  }, [user, pathname]);

  if (!user || pathname === '/signin') {
    if (user && pathname === '/signin') {
      // Already signed in (e.g. Back after sign-in): go home.
      return <Redirect to="/" />;
    }
    return <SignInPage />;
  }
  return <Shell user={user} pathname={pathname} />;
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function Shell({ user, pathname }: { user: SessionUser; pathname: string }) {
  const { t } = useI18n();
  useGlobalShortcuts(can(user.role, 'lookup'));
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <TopBar user={user} pathname={pathname} />
      <Routes user={user} pathname={pathname} />
    </div>
  );
}

function Routes({ user, pathname }: { user: SessionUser; pathname: string }) {
  const { t } = useI18n();
  const customer = matchPath('/customers/:id', pathname);
  if (pathname === '/') {
    if (can(user.role, 'lookup')) return <LookupPage />;
    if (can(user.role, 'register')) return <Redirect to="/register" />;
    return (
      <main className="page" id="main">
        <p className="empty">{t('app.noScreens')}</p>
      </main>
    );
  }
  if (customer?.id && can(user.role, 'lookup')) return <CustomerCardPage key={customer.id} id={customer.id} />;
  if (pathname === '/register' && can(user.role, 'register')) return <RegisterPage />;
  if (pathname === '/register' || customer) {
    return (
      <main className="page" id="main">
        <p className="empty">{t('error.forbidden')}</p>
      </main>
    );
  }
  return (
    <main className="page" id="main">
      <p className="empty">{t('app.notFound')}</p>
      <Link to="/">{t('app.backHome')}</Link>
    </main>
  );
}

function TopBar({ user, pathname }: { user: SessionUser; pathname: string }) {
  const { t } = useI18n();
  const { signOut } = useSession();
  const items = [
    { to: '/', label: t('nav.lookup'), show: can(user.role, 'lookup'), current: pathname === '/' || pathname.startsWith('/customers/') },
    { to: '/register', label: t('nav.register'), show: can(user.role, 'register'), current: pathname === '/register' },
  ].filter((i) => i.show);
  return (
    <header className="topbar">
      <span className="brand">{t('app.title')}</span>
      <nav aria-label={t('nav.main')}>
        <ul>
          {items.map((item) => (
            <li key={item.to}>
              <Link to={item.to} aria-current={item.current ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <span className="spacer" />
      <span className="who" data-testid="signed-in-user">
        <span className="visually-hidden">{t('nav.signedInAs')} </span>
        {user.displayName} <span className="role">{t(`role.${user.role}`)}</span>
      </span>
      <LanguageSwitch />
      <button type="button" onClick={signOut}>
        {t('nav.signOut')}
      </button>
    </header>
  );
}

/** "/" or Alt+K from anywhere: to the search box (from another page too). */
function useGlobalShortcuts(enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing =
        !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
      const altK = event.altKey && (event.key === 'k' || event.key === 'K' || event.code === 'KeyK');
      if (!slash && !altK) return;
      event.preventDefault();
      const box = document.getElementById(LOOKUP_INPUT_ID) as HTMLInputElement | null;
      if (box) {
        box.focus();
        box.select();
      } else {
        navigate('/');
        window.setTimeout(() => document.getElementById(LOOKUP_INPUT_ID)?.focus(), 0);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
