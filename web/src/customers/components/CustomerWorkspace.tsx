// The 360° customer card: header with flags and phones, quick actions, and
// every panel that exists, each one Alt+<n> away. The same card is the
// customer page and the caller's card in the console.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { execute, isAbortError } from '../../api/client';
import { apiErrorText } from '../../api/userErrors';
import { can } from '../../auth/roles';
import { useSession } from '../../auth/session';
import type { CustomerCardFragment, CustomerSummaryFragment } from '../../gql/graphql';
import { useI18n, type MessageKey } from '../../i18n';
import { OpenComplaintsPanel } from '../../complaints/components/OpenComplaintsPanel';
import { useCallCentre } from '../../interactions/CallCentre';
import { MembershipPanel } from '../../membership/components/MembershipPanel';
import { FeedbackPanel, ProspectPanel } from '../../accounts/components/AccountPanels';
import { ContactsPanel } from '../../contacts/components/ContactsPanel';
import { ContractsPanel } from '../../contracts/components/ContractsPanel';
import { InteractionsPanel } from '../../interactions/components/InteractionsPanel';
import { emptyLogDraft, type LogDraft, type LoggableKind } from '../../interactions/components/LogInteractionForm';
import { Link, navigate } from '../../router';
import { KindBadge, StatusBadge } from '../../ui/Badges';
import { ErrorBanner } from '../../ui/Field';
import { CustomerCardQuery } from '../operations';
import { PerformancePanel, ProfilePanel, StaysPanel } from './CardPanels';
import { CopyPhone } from './CopyPhone';
import { EditCustomerForm } from './EditCustomerForm';
import { KeyDatesPanel } from './KeyDatesPanel';
import { PreferencesPanel } from './PreferencesPanel';

type Load =
  | { state: 'loading' }
  | { state: 'error'; error: unknown }
  | { state: 'notFound' }
  | { state: 'ready'; customer: CustomerCardFragment };

export type PanelId =
  | 'interactions'
  | 'complaints'
  | 'preferences'
  | 'stays'
  | 'profile'
  | 'keyDates'
  | 'performance'
  | 'membership'
  | 'contacts'
  | 'contracts'
  | 'prospect'
  | 'feedback';

interface PanelContext {
  customer: CustomerCardFragment;
  setCustomer: (next: CustomerCardFragment) => void;
  refresh: () => Promise<unknown>;
  role: Parameters<typeof can>[0];
  interactions: ReactNode;
}

interface PanelDef {
  id: PanelId;
  title: MessageKey;
  /** main: the wide left column; side: the right one. */
  column: 'main' | 'side';
  render: (ctx: PanelContext) => ReactNode;
}

/**
 * Every panel of the card, in shortcut order (Alt+1 is the first). Complaints,
 * membership, contracts and the rest join this list as they are built.
 */
const PANELS: readonly PanelDef[] = [
  { id: 'interactions', title: 'card.interactions', column: 'main', render: (ctx) => ctx.interactions },
  {
    id: 'preferences',
    title: 'card.preferences',
    column: 'side',
    render: (ctx) => (
      <PreferencesPanel
        customer={ctx.customer}
        canEdit={can(ctx.role, 'editPreferences')}
        onChange={ctx.setCustomer}
        refresh={ctx.refresh}
      />
    ),
  },
  { id: 'stays', title: 'card.stays', column: 'main', render: (ctx) => <StaysPanel customer={ctx.customer} /> },
  {
    id: 'profile',
    title: 'card.profile',
    column: 'side',
    render: (ctx) => <ProfilePanel customer={ctx.customer} canReveal={can(ctx.role, 'revealId')} />,
  },
  {
    id: 'keyDates',
    title: 'card.keyDates',
    column: 'side',
    render: (ctx) => (
      <KeyDatesPanel
        customer={ctx.customer}
        canEdit={can(ctx.role, 'editKeyDates')}
        onChange={ctx.setCustomer}
        refresh={ctx.refresh}
      />
    ),
  },
  {
    id: 'performance',
    title: 'card.performance',
    column: 'side',
    render: (ctx) => <PerformancePanel customer={ctx.customer} />,
  },
  {
    id: 'complaints',
    title: 'card.complaints',
    column: 'side',
    render: (ctx) => <OpenComplaintsPanel customerId={ctx.customer.id} />,
  },
  {
    id: 'membership',
    title: 'card.membership',
    column: 'side',
    render: (ctx) => <MembershipPanel customerId={ctx.customer.id} role={ctx.role} />,
  },
  {
    id: 'contacts',
    title: 'card.contacts',
    column: 'side',
    render: (ctx) => <ContactsPanel customerId={ctx.customer.id} canEdit={can(ctx.role, 'manageAccounts')} />,
  },
  {
    id: 'contracts',
    title: 'card.contracts',
    column: 'side',
    render: (ctx) => <ContractsPanel customerId={ctx.customer.id} canEdit={can(ctx.role, 'manageAccounts')} />,
  },
  {
    id: 'prospect',
    title: 'card.prospect',
    column: 'side',
    render: (ctx) => (can(ctx.role, 'prospects') ? <ProspectPanel customerId={ctx.customer.id} /> : null),
  },
  {
    id: 'feedback',
    title: 'card.feedback',
    column: 'main',
    render: (ctx) => (can(ctx.role, 'feedback') ? <FeedbackPanel customerId={ctx.customer.id} /> : null),
  },
];

const QUICK_LOG: readonly { kind: LoggableKind; label: MessageKey }[] = [
  { kind: 'CALL_OUT', label: 'quick.callOut' },
  { kind: 'NOTE', label: 'quick.note' },
  { kind: 'VISIT', label: 'quick.visit' },
  { kind: 'EMAIL', label: 'quick.email' },
  { kind: 'WECHAT', label: 'quick.wechat' },
  { kind: 'SMS', label: 'quick.sms' },
];

export const panelDomId = (id: PanelId) => `panel-${id}`;

/** Scrolls a panel into view and puts the keyboard in it. */
function showPanel(id: PanelId) {
  const el = document.getElementById(panelDomId(id));
  if (!el) return;
  el.scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
}

interface Props {
  id: string;
  /** Shown while the full card loads: the screen pop already knows the caller's summary. */
  preview?: CustomerSummaryFragment | null;
  /** page: the name is the page's h1; call: the card inside the console's call. */
  variant: 'page' | 'call';
  /** Between the header and the panels (the call's wrap-up). */
  beforePanels?: ReactNode;
  /** More buttons in the header (choose another caller). */
  headerActions?: ReactNode;
}

export function CustomerWorkspace({ id, preview, variant, beforePanels, headerActions }: Props) {
  const { t } = useI18n();
  const { user } = useSession();
  const { activity, touch } = useCallCentre();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [log, setLog] = useState<{ open: boolean; draft: LogDraft; focus: number; status: string }>(() => ({
    open: false,
    draft: emptyLogDraft('CALL_OUT'),
    focus: 0,
    status: '',
  }));

  const fetchCustomer = useCallback(
    async (signal?: AbortSignal) => (await execute(CustomerCardQuery, { id }, { signal })).customer ?? null,
    [id],
  );

  // Callers key the workspace by id, so a new id starts from 'loading'.
  useEffect(() => {
    const controller = new AbortController();
    fetchCustomer(controller.signal)
      .then((customer) => setLoad(customer ? { state: 'ready', customer } : { state: 'notFound' }))
      .catch((error: unknown) => {
        if (!isAbortError(error)) setLoad({ state: 'error', error });
      });
    return () => controller.abort();
  }, [fetchCustomer]);

  usePanelShortcuts(load.state === 'ready');

  const openLog = (kind: LoggableKind) => {
    setLog((prev) => ({
      open: true,
      draft: { ...prev.draft, kind },
      focus: prev.focus + 1,
      status: '',
    }));
    window.setTimeout(() => document.getElementById(panelDomId('interactions'))?.scrollIntoView({ block: 'start' }), 0);
  };

  const Title = variant === 'page' ? 'h1' : 'h2';

  if (load.state !== 'ready') {
    return (
      <div className="workspace" data-testid="workspace" data-state={load.state}>
        {preview ? (
          <header className="card-header" data-testid="customer-header">
            <div className="card-title">
              <Title>
                <span data-testid="customer-name">{preview.name}</span>
                {preview.nameEn ? <span className="name-en">{preview.nameEn}</span> : null}
              </Title>
              <span className="muted">{preview.namePinyin}</span>
              <KindBadge kind={preview.kind} />
              <StatusBadge status={preview.status} />
              {headerActions}
            </div>
          </header>
        ) : null}
        {beforePanels}
        {load.state === 'loading' ? <p className="muted">{t('card.loading')}</p> : null}
        {load.state === 'error' ? <ErrorBanner messages={[apiErrorText(load.error, t)]} /> : null}
        {load.state === 'notFound' ? (
          <>
            <p className="empty">{t('card.notFound')}</p>
            {variant === 'page' ? <Link to="/">{t('app.backHome')}</Link> : null}
          </>
        ) : null}
      </div>
    );
  }

  const c = load.customer;
  const setCustomer = (next: CustomerCardFragment) => setLoad({ state: 'ready', customer: next });
  const reload = async () => {
    const latest = await fetchCustomer();
    if (latest) setLoad({ state: 'ready', customer: latest });
    return latest;
  };

  const interactions = (
    <InteractionsPanel
      customer={c}
      version={activity}
      log={log.open ? { draft: log.draft, focus: log.focus } : null}
      status={log.status}
      onOpenLog={() => openLog(log.draft.kind)}
      onDraft={(patch) => setLog((prev) => ({ ...prev, draft: { ...prev.draft, ...patch } }))}
      onCloseLog={() => setLog((prev) => ({ ...prev, open: false }))}
      onSaved={(kind) => {
        setLog((prev) => ({
          open: false,
          draft: emptyLogDraft(kind),
          focus: prev.focus,
          status: t('log.saved', { kind: t(`interactionKind.${kind}`) }),
        }));
        touch();
      }}
    />
  );
  const ctx: PanelContext = { customer: c, setCustomer, refresh: reload, role: user?.role, interactions };

  return (
    <div className="workspace" data-testid="workspace" data-state="ready" data-customer-id={c.id}>
      {c.id !== id ? <p className="banner banner-info">{t('card.mergedRedirect')}</p> : null}
      <header className="card-header" data-testid="customer-header">
        <div className="card-title">
          <Title>
            <span data-testid="customer-name">{c.name}</span>
            {c.nameEn ? <span className="name-en">{c.nameEn}</span> : null}
          </Title>
          <span className="muted">{c.namePinyin}</span>
          <KindBadge kind={c.kind} />
          <StatusBadge status={c.status} />
          {c.status === 'UNSUITABLE' ? <span className="badge flag-unsuitable">{t('card.unsuitable')}</span> : null}
          {c.status === 'MERGED' && c.mergedIntoId ? (
            <span className="badge flag-merged">
              {t('card.mergedInto')} <Link to={`/customers/${encodeURIComponent(c.mergedIntoId)}`}>#{c.mergedIntoId}</Link>
            </span>
          ) : null}
          {c.tags.map((tag) => (
            <span key={tag} className="badge flag-tag" data-testid="header-tag">
              {tag}
            </span>
          ))}
          {headerActions}
          {variant === 'call' ? (
            <Link className="open-page small" to={`/customers/${encodeURIComponent(c.id)}`}>
              {t('card.openPage')}
            </Link>
          ) : null}
        </div>
        <div className="card-meta">
          <ul className="phones" aria-label={t('card.phones')}>
            {c.phones.map((p) => (
              <CopyPhone key={p.number} number={p.number} display={p.display} label={p.label ?? null} />
            ))}
          </ul>
          <span className="owner">
            <span className="muted">
              {t('card.owner')}
              {t('common.colon')}
            </span>
            {c.owner ? `${c.owner.displayName} (${c.owner.username})` : t('card.noOwner')}
          </span>
        </div>
        {c.statusReason ? (
          <p className="status-reason">
            <span className="muted">
              {t('field.statusReason')}
              {t('common.colon')}
            </span>
            {c.statusReason}
          </p>
        ) : null}
        <div className="quick-actions" role="toolbar" aria-label={t('quick.title')} data-testid="quick-actions">
          {QUICK_LOG.map((q) => (
            <button key={q.kind} type="button" className="small" data-quick={q.kind} onClick={() => openLog(q.kind)}>
              {t(q.label)}
            </button>
          ))}
          {can(user?.role, 'fileComplaints') ? (
            <button
              type="button"
              className="small"
              data-quick="complaint"
              onClick={() => navigate(`/complaints/new?customerId=${encodeURIComponent(c.id)}`)}
            >
              {t('quick.complaint')}
            </button>
          ) : null}
          {can(user?.role, 'editPreferences') ? (
            <button
              type="button"
              className="small"
              data-quick="preferences"
              onClick={() => {
                showPanel('preferences');
                document.getElementById('pref-category')?.focus();
              }}
            >
              {t('quick.preferences')}
            </button>
          ) : null}
          {can(user?.role, 'editCustomer') && !editing ? (
            <button
              type="button"
              className="small"
              onClick={() => {
                setEditing(true);
                setSaved(false);
              }}
              data-testid="edit-button"
            >
              {t('card.edit')}
            </button>
          ) : null}
        </div>
        <PanelNav />
      </header>

      {saved ? (
        <p className="banner banner-success" role="status">
          {t('edit.saved')}
        </p>
      ) : null}

      {editing ? (
        <EditCustomerForm
          key={c.id}
          customer={c}
          reload={reload}
          onCancel={() => setEditing(false)}
          onSaved={(next) => {
            setLoad({ state: 'ready', customer: next });
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : null}

      {beforePanels}

      <div className="workspace-cols">
        {(['main', 'side'] as const).map((column) => (
          <div key={column} className={`workspace-col col-${column}`}>
            {PANELS.filter((p) => p.column === column).map((p) => (
              <div key={p.id} id={panelDomId(p.id)} className="panel-slot" tabIndex={-1} data-panel={p.id}>
                {p.render(ctx)}
              </div>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

/** The panels with their shortcuts, as buttons: the shortcuts are learnt by seeing them. */
function PanelNav() {
  const { t } = useI18n();
  return (
    <nav className="panel-nav" aria-label={t('card.panels')} data-testid="panel-nav">
      {PANELS.map((p, index) => (
        <button
          key={p.id}
          type="button"
          className="link-button"
          data-panel={p.id}
          aria-keyshortcuts={`Alt+${index + 1}`}
          onClick={() => showPanel(p.id)}
        >
          <kbd>Alt+{index + 1}</kbd> {t(p.title)}
        </button>
      ))}
    </nav>
  );
}

/** Alt+1 … Alt+9: to the panel of that number (by key position, so any keyboard layout works). */
function usePanelShortcuts(enabled: boolean) {
  const panels = useRef(PANELS);
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const match = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
      if (!match) return;
      const panel = panels.current[Number(match[1]) - 1];
      if (!panel) return;
      event.preventDefault();
      showPanel(panel.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
