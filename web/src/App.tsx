import { lazy, Suspense, useEffect } from 'react';
import { can } from './auth/roles';
import { SignInPage } from './auth/pages/SignInPage';
import { useSession, type SessionUser } from './auth/session';
import { LOOKUP_INPUT_ID } from './customers/components/LookupSearch';
import { CustomerCardPage } from './customers/pages/CustomerCardPage';
import { RegisterPage } from './frontdesk/pages/RegisterPage';
import { useI18n } from './i18n';
import { LanguageSwitch } from './i18n/LanguageSwitch';
import { CallCentreProvider, useCallCentre } from './interactions/CallCentre';
import { FeedStatus } from './interactions/components/FeedPanel';
import { ConsolePage } from './interactions/pages/ConsolePage';
import { EscalationAlerts } from './complaints/components/EscalationAlerts';
import { ComplaintAnalysisPage } from './complaints/pages/ComplaintAnalysisPage';
import { ComplaintPage } from './complaints/pages/ComplaintPage';
import { ComplaintsBoardPage } from './complaints/pages/ComplaintsBoardPage';
import { NewComplaintPage } from './complaints/pages/NewComplaintPage';
import { MembershipPage } from './membership/pages/MembershipPage';
import { CarePage } from './contacts/pages/CarePage';
import { ContractsPage } from './contracts/pages/ContractsPage';
import { ArticleEditorPage } from './knowledge/pages/ArticleEditorPage';
import { ArticlePage } from './knowledge/pages/ArticlePage';
import { KnowledgeSearchPage } from './knowledge/pages/KnowledgeSearchPage';
import { PartnerKeysPage } from './partners/pages/PartnerKeysPage';
import { HandoverPage } from './staff/pages/HandoverPage';
import { DormantPage } from './accounts/pages/DormantPage';
import { FeedbackPage } from './accounts/pages/FeedbackPage';
import { FollowUpsPage } from './accounts/pages/FollowUpsPage';
import { EventPage, EventsPage } from './accounts/pages/EventsPage';
import { ProspectPage } from './accounts/pages/ProspectPage';
import { UsersPage } from './staff/pages/UsersPage';
import { Link, matchPath, navigate, useLocation } from './router';
import { isTyping } from './ui/keys';

// The dashboard brings the chart library: loaded only when a manager opens it.
const DashboardPage = lazy(() => import('./reports/pages/DashboardPage'));

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
  useGlobalShortcuts(can(user.role, 'lookup'), pathname);
  return (
    <CallCentreProvider enabled={can(user.role, 'takeCalls')}>
      <div className="app">
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <TopBar user={user} pathname={pathname} />
        {pathname !== '/' ? <CallReminder /> : null}
        {can(user.role, 'manageComplaints') ? <EscalationAlerts /> : null}
        <Routes user={user} pathname={pathname} />
      </div>
    </CallCentreProvider>
  );
}

/** Away from the console while a call is on: one line that leads back to the caller's card. */
function CallReminder() {
  const { t } = useI18n();
  const { current } = useCallCentre();
  if (!current) return null;
  const who =
    current.matches.find((m) => m.id === current.customerId)?.name ??
    (current.normalizedPhone || current.phone || t('call.withheld'));
  return (
    <div className="call-reminder" role="status" data-testid="call-reminder">
      <span className="call-pulse" aria-hidden="true" />
      {t('call.reminder', { who })}
      <Link to={consoleHref}>{t('call.backToCall')}</Link>
    </div>
  );
}

function Routes({ user, pathname }: { user: SessionUser; pathname: string }) {
  const { t } = useI18n();
  const customer = matchPath('/customers/:id', pathname);
  if (pathname === '/') {
    if (can(user.role, 'takeCalls')) return <ConsolePage />;
    if (can(user.role, 'register')) return <Redirect to="/register" />;
    return (
      <main className="page" id="main">
        <p className="empty">{t('app.noScreens')}</p>
      </main>
    );
  }
  if (customer?.id && can(user.role, 'lookup')) return <CustomerCardPage key={customer.id} id={customer.id} />;
  if (pathname === '/register' && can(user.role, 'register')) return <RegisterPage />;
  if (pathname === '/admin/partner-keys' && can(user.role, 'managePartnerKeys')) return <PartnerKeysPage />;
  if (pathname === '/admin/users' && can(user.role, 'manageUsers')) return <UsersPage />;
  if (pathname === '/handover' && can(user.role, 'handover')) return <HandoverPage isAdmin={can(user.role, 'manageUsers')} />;
  const knowledge = <KnowledgeRoutes user={user} pathname={pathname} />;
  if (pathname.startsWith('/knowledge')) return knowledge;
  if (pathname.startsWith('/complaints')) return <ComplaintRoutes user={user} pathname={pathname} />;
  if (pathname === '/membership' && can(user.role, 'membership')) return <MembershipPage />;
  if (pathname === '/follow-ups' && can(user.role, 'prospects')) return <FollowUpsPage />;
  const prospect = matchPath('/prospects/:id', pathname);
  if (prospect?.id && can(user.role, 'prospects')) return <ProspectPage key={prospect.id} id={prospect.id} />;
  if (pathname === '/events' && can(user.role, 'events')) return <EventsPage />;
  const hotelEvent = matchPath('/events/:id', pathname);
  if (hotelEvent?.id && can(user.role, 'events')) return <EventPage key={hotelEvent.id} id={hotelEvent.id} />;
  if (pathname === '/feedback' && can(user.role, 'feedback')) return <FeedbackPage role={user.role} />;
  if (pathname === '/dormant' && can(user.role, 'dormant')) return <DormantPage />;
  if (pathname === '/dashboard' && can(user.role, 'reports')) {
    return (
      <Suspense
        fallback={
          <main className="page" id="main">
            <p className="muted">{t('app.loading')}</p>
          </main>
        }
      >
        <DashboardPage />
      </Suspense>
    );
  }
  if (pathname === '/contracts' && can(user.role, 'accounts')) return <ContractsPage canEdit={can(user.role, 'manageAccounts')} />;
  if (pathname === '/care' && can(user.role, 'accounts')) return <CarePage />;
  if (pathname === '/register' || pathname === '/dashboard' || customer) {
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

/** /complaints (board), /complaints/new (?customerId=<id>), /complaints/analysis (managers), /complaints/:id. */
function ComplaintRoutes({ user, pathname }: { user: SessionUser; pathname: string }) {
  const { t } = useI18n();
  const complaint = matchPath('/complaints/:id', pathname);
  let page = null;
  if (!can(user.role, 'fileComplaints')) page = null;
  else if (pathname === '/complaints') page = <ComplaintsBoardPage />;
  else if (pathname === '/complaints/new') page = <NewComplaintPage />;
  else if (pathname === '/complaints/analysis') page = can(user.role, 'manageComplaints') ? <ComplaintAnalysisPage /> : null;
  else if (complaint?.id) page = <ComplaintPage key={complaint.id} id={complaint.id} />;
  return (
    page ?? (
      <main className="page" id="main">
        <p className="empty">{can(user.role, 'fileComplaints') ? t('app.notFound') : t('error.forbidden')}</p>
      </main>
    )
  );
}

/** /knowledge (search), /knowledge/new (?fromComplaint=<id>), /knowledge/:id and /knowledge/:id/edit. */
function KnowledgeRoutes({ user, pathname }: { user: SessionUser; pathname: string }) {
  const { t } = useI18n();
  const article = matchPath('/knowledge/:id', pathname);
  const edit = matchPath('/knowledge/:id/edit', pathname);
  let page = null;
  if (!can(user.role, 'readKnowledge')) page = null;
  else if (pathname === '/knowledge') page = <KnowledgeSearchPage />;
  else if (pathname === '/knowledge/new') page = <ArticleEditorPage key="new" id={null} />;
  else if (edit?.id) page = <ArticleEditorPage key={`edit-${edit.id}`} id={edit.id} />;
  else if (article?.id) page = <ArticlePage key={article.id} id={article.id} />;
  return (
    page ?? (
      <main className="page" id="main">
        <p className="empty">{can(user.role, 'readKnowledge') ? t('app.notFound') : t('error.forbidden')}</p>
      </main>
    )
  );
}

function TopBar({ user, pathname }: { user: SessionUser; pathname: string }) {
  const { t } = useI18n();
  const { signOut } = useSession();
  const items = [
    { to: '/', label: t('nav.console'), show: can(user.role, 'takeCalls'), current: pathname === '/' || pathname.startsWith('/customers/') },
    { to: '/register', label: t('nav.register'), show: can(user.role, 'register'), current: pathname === '/register' },
    { to: '/complaints', label: t('nav.complaints'), show: can(user.role, 'fileComplaints'), current: pathname.startsWith('/complaints') },
    { to: '/knowledge', label: t('nav.knowledge'), show: can(user.role, 'readKnowledge'), current: pathname.startsWith('/knowledge') },
    { to: '/admin/partner-keys', label: t('nav.partnerKeys'), show: can(user.role, 'managePartnerKeys'), current: pathname === '/admin/partner-keys' },
    { to: '/membership', label: t('nav.membership'), show: can(user.role, 'membership'), current: pathname === '/membership' },
    { to: '/contracts', label: t('nav.contracts'), show: can(user.role, 'accounts'), current: pathname === '/contracts' },
    { to: '/care', label: t('nav.care'), show: can(user.role, 'accounts'), current: pathname === '/care' },
    { to: '/admin/users', label: t('nav.staff'), show: can(user.role, 'manageUsers'), current: pathname === '/admin/users' },
    { to: '/handover', label: t('nav.handover'), show: can(user.role, 'handover'), current: pathname === '/handover' },
    { to: '/follow-ups', label: t('nav.followUps'), show: can(user.role, 'prospects'), current: pathname === '/follow-ups' || pathname.startsWith('/prospects/') },
    { to: '/events', label: t('nav.events'), show: can(user.role, 'events'), current: pathname.startsWith('/events') },
    { to: '/feedback', label: t('nav.feedback'), show: can(user.role, 'feedback'), current: pathname === '/feedback' },
    { to: '/dormant', label: t('nav.dormant'), show: can(user.role, 'dormant'), current: pathname === '/dormant' },
    { to: '/dashboard', label: t('nav.dashboard'), show: can(user.role, 'reports'), current: pathname === '/dashboard' },
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
      <FeedIndicator />
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

/** The extension and the live feed's state, in the corner of every page. */
function FeedIndicator() {
  const { t } = useI18n();
  const { extension, feed } = useCallCentre();
  if (!extension) return null;
  return (
    <Link to={consoleHref} className="feed-indicator" title={t('feed.title')}>
      <span className="mono">{extension}</span> <FeedStatus feed={feed} testId="feed-indicator" />
    </Link>
  );
}

// The console as the agent left it (with its search), for Esc and the links back.
let consoleHref = '/';

/**
 * "/" or Alt+K from anywhere: to the search box (from another page too).
 * Esc on a customer page (not in a form): back to the console.
 */
function useGlobalShortcuts(enabled: boolean, pathname: string) {
  useEffect(() => {
    if (pathname === '/') consoleHref = window.location.pathname + window.location.search;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const typing = isTyping(event.target);
      if (
        event.key === 'Escape' &&
        !typing &&
        !event.defaultPrevented &&
        window.location.pathname.startsWith('/customers/')
      ) {
        event.preventDefault();
        navigate(consoleHref);
        return;
      }
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
