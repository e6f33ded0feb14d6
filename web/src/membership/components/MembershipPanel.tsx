// The customer card's membership panel: tier badge, balances, the ledger with its
// running balance (paged), and a dialog for every action the role may take. Each
// dialog shows the balance after the change before it is confirmed; a refused
// action keeps what was typed, with the error beside its field.
import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { execute, isAbortError } from '../../api/client';
import { apiErrorText, type UserErrorLike } from '../../api/userErrors';
import { can } from '../../auth/roles';
import type { MemberTier, MembershipCardFieldsFragment, Role } from '../../gql/graphql';
import { useI18n, type MessageKey } from '../../i18n';
import { newIdempotencyKey } from '../../frontdesk/registration';
import { Field, ErrorBanner, controlProps } from '../../ui/Field';
import { formatFen, yuanToFen } from '../../ui/format';
import { useFormErrors, type FormErrors } from '../../ui/useFormErrors';
import {
  CustomerMembershipQuery,
  IssueMembershipCardMutation,
  RecordMemberSpendMutation,
  RedeemPointsMutation,
  ReissueCardMutation,
  RenewCardMutation,
  ReportCardLostMutation,
  SetPartnerSharingMutation,
  SpendStoredValueMutation,
  PointsForSpendQuery,
  TopUpBonusQuery,
  TopUpStoredValueMutation,
} from '../operations';
import { LedgerList } from './LedgerList';
import { CardStatusBadge, TierBadge } from './Badges';

type Card = MembershipCardFieldsFragment;
type Action = 'issue' | 'earn' | 'redeem' | 'topUp' | 'spend' | 'lost' | 'reissue' | 'renew' | 'sharing';
const TIERS: readonly MemberTier[] = ['CLASSIC', 'SILVER', 'GOLD', 'PLATINUM'];

export function MembershipPanel({ customerId, role }: { customerId: string; role: Role | null | undefined }) {
  const { t } = useI18n();
  const [card, setCard] = useState<Card | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [action, setAction] = useState<Action | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [ledgerKey, setLedgerKey] = useState(0);
  const serve = can(role, 'serveMembers');

  useEffect(() => {
    const controller = new AbortController();
    execute(CustomerMembershipQuery, { id: customerId }, { signal: controller.signal })
      .then((d) => setCard(d.customer?.membership ?? null))
      .catch((err: unknown) => {
        if (!isAbortError(err)) setError(err);
      });
    return () => controller.abort();
  }, [customerId]);

  const done = useCallback(
    (next: Card, message: MessageKey) => {
      setCard(next);
      setAction(null);
      setNotice(t(message));
      setLedgerKey((k) => k + 1);
    },
    [t],
  );

  const active = card?.status === 'ACTIVE';
  const buttons: { id: Action; label: MessageKey; show: boolean }[] = card
    ? [
        { id: 'earn', label: 'membership.action.earn', show: active },
        { id: 'redeem', label: 'membership.action.redeem', show: active },
        { id: 'topUp', label: 'membership.action.topUp', show: active },
        { id: 'spend', label: 'membership.action.spend', show: active },
        { id: 'renew', label: 'membership.action.renew', show: card.status === 'ACTIVE' || card.status === 'EXPIRED' },
        { id: 'lost', label: 'membership.action.lost', show: card.status === 'ACTIVE' || card.status === 'EXPIRED' },
        { id: 'reissue', label: 'membership.action.reissue', show: card.status === 'LOST' || active },
        { id: 'sharing', label: 'membership.action.sharing', show: true },
      ]
    : [];

  return (
    <section className="panel membership-panel" aria-labelledby="membership-title" data-testid="membership-panel">
      <h2 id="membership-title">{t('card.membership')}</h2>
      {error ? <ErrorBanner messages={[apiErrorText(error, t)]} /> : null}
      {card === undefined && !error ? <p className="muted">{t('app.loading')}</p> : null}
      {notice ? (
        <p className="banner banner-ok" role="status">
          {notice}
        </p>
      ) : null}
      {card === null ? (
        <>
          <p className="muted">{t('membership.none')}</p>
          {serve ? (
            <button type="button" className="primary" data-testid="membership-issue" onClick={() => setAction('issue')}>
              {t('membership.action.issue')}
            </button>
          ) : null}
        </>
      ) : null}
      {card ? (
        <>
          <p className="membership-head">
            <TierBadge tier={card.tier} /> <CardStatusBadge status={card.status} />{' '}
            <span className="card-number" data-testid="membership-number">
              {card.displayNumber}
            </span>
          </p>
          <dl className="membership-balances">
            <dt>{t('membership.points')}</dt>
            <dd data-testid="membership-points">{card.pointsBalance.toLocaleString()}</dd>
            <dt>{t('membership.storedValue')}</dt>
            <dd data-testid="membership-stored">{formatFen(card.storedValueBalance)}</dd>
            <dt>{t('membership.validUntil')}</dt>
            <dd>{card.validUntil}</dd>
            <dt>{t('membership.sharing')}</dt>
            <dd>{card.shareWithPartners ? t('membership.sharing.on') : t('membership.sharing.off')}</dd>
          </dl>
          {serve ? (
            <div className="actions tight membership-actions">
              {buttons
                .filter((b) => b.show)
                .map((b) => (
                  <button key={b.id} type="button" data-action={b.id} onClick={() => setAction(b.id)}>
                    {t(b.label)}
                  </button>
                ))}
            </div>
          ) : null}
          <LedgerList key={`${card.cardNumber}-${ledgerKey}`} cardNumber={card.cardNumber} />
        </>
      ) : null}
      {action === 'issue' ? (
        <IssueDialog customerId={customerId} onDone={(c) => done(c, 'membership.done.issue')} onClose={() => setAction(null)} />
      ) : null}
      {action && action !== 'issue' && card ? (
        <ActionDialog action={action} card={card} onDone={(c, m) => done(c, m)} onClose={() => setAction(null)} />
      ) : null}
    </section>
  );
}

function DialogShell({
  name,
  title,
  form,
  busy,
  confirm,
  onSubmit,
  onClose,
  children,
}: {
  name: string;
  title: string;
  form: FormErrors;
  busy: boolean;
  confirm: string;
  onSubmit: (event: FormEvent) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { errors, general, formRef } = form;
  const whole = errors.cardNumber ? [errors.cardNumber] : [];
  return (
    <form
      ref={formRef}
      className="dialog-form"
      onSubmit={onSubmit}
      noValidate
      role="dialog"
      aria-labelledby={`${name}-title`}
      data-testid={`membership-${name}-dialog`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h2 id={`${name}-title`}>{title}</h2>
      <ErrorBanner messages={[...general, ...whole]} />
      {children}
      <div className="actions tight">
        <button type="submit" className="primary" disabled={busy} data-testid="membership-confirm">
          {confirm}
        </button>
        <button type="button" onClick={onClose}>
          {t('complaints.cancel')}
        </button>
      </div>
    </form>
  );
}

function IssueDialog({ customerId, onDone, onClose }: { customerId: string; onDone: (card: Card) => void; onClose: () => void }) {
  const { t } = useI18n();
  const form = useFormErrors();
  const [tier, setTier] = useState<MemberTier>('CLASSIC');
  const [busy, setBusy] = useState(false);
  const [key] = useState(newIdempotencyKey);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const r = (await execute(IssueMembershipCardMutation, { input: { customerId, tier, idempotencyKey: key } })).issueMembershipCard;
      if (r.card && r.errors.length === 0) onDone(r.card);
      else form.showUserErrors(r.errors, new Set(['tier']), (k) => (k === 'customerId' ? '' : k));
    } catch (err) {
      form.showFailure(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <DialogShell name="issue" title={t('membership.action.issue')} form={form} busy={busy} confirm={t('membership.confirm')} onSubmit={submit} onClose={onClose}>
      <Field id="membership-tier" label={t('membership.tier')} error={form.errors.tier}>
        <select {...controlProps('membership-tier', form.errors.tier)} value={tier} onChange={(e) => setTier(e.target.value as MemberTier)} autoFocus>
          {TIERS.map((v) => (
            <option key={v} value={v}>
              {t(`memberTier.${v}`)}
            </option>
          ))}
        </select>
      </Field>
    </DialogShell>
  );
}

const FIELDS: ReadonlySet<string> = new Set(['amount', 'points', 'reference', 'note', 'share']);

function ActionDialog({
  action,
  card,
  onDone,
  onClose,
}: {
  action: Exclude<Action, 'issue'>;
  card: Card;
  onDone: (card: Card, message: MessageKey) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const form = useFormErrors();
  const [amount, setAmount] = useState('');
  const [text, setText] = useState('');
  const [share, setShare] = useState(card.shareWithPartners);
  const [busy, setBusy] = useState(false);
  const [key] = useState(newIdempotencyKey);
  // The server's figure for this amount: the bonus of a top-up, or the points a spend earns.
  const [quoted, setQuoted] = useState<{ fen: number; value: number } | null>(null);
  const money = action === 'earn' || action === 'topUp' || action === 'spend';
  const pointsField = action === 'redeem';
  const fen = money ? yuanToFen(amount) : null;
  const points = pointsField && /^\d+$/.test(amount.trim()) ? Number(amount.trim()) : null;

  const quote = quoted && quoted.fen === fen ? quoted.value : null;

  useEffect(() => {
    if ((action !== 'topUp' && action !== 'earn') || !fen) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      const { signal } = controller;
      const ask =
        action === 'topUp'
          ? execute(TopUpBonusQuery, { amount: fen }, { signal }).then((d) => d.topUpBonus)
          : execute(PointsForSpendQuery, { amount: fen }, { signal }).then((d) => d.pointsForSpend);
      ask.then((value) => setQuoted({ fen, value })).catch(() => setQuoted(null));
    }, 200);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [action, fen]);

  let after: string | null = null;
  if (action === 'earn' && fen && quote !== null) after = t('membership.after.points', { value: (card.pointsBalance + quote).toLocaleString() });
  if (action === 'redeem' && points) after = t('membership.after.points', { value: (card.pointsBalance - points).toLocaleString() });
  if (action === 'topUp' && fen && quote !== null) {
    after = t('membership.after.stored', { value: formatFen(card.storedValueBalance + fen + quote), bonus: formatFen(quote) });
  }
  if (action === 'spend' && fen) after = t('membership.after.stored', { value: formatFen(card.storedValueBalance - fen), bonus: formatFen(0) });
  if (action === 'reissue') after = t('membership.after.reissue', { points: card.pointsBalance.toLocaleString(), stored: formatFen(card.storedValueBalance) });
  if (action === 'lost') after = t('membership.after.lost');
  if (action === 'renew') after = t('membership.after.renew');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (money && (fen === null || fen <= 0)) local.amount = t('membership.error.amount');
    if (pointsField && (points === null || points <= 0)) local.points = t('membership.error.points');
    if (!form.check(local)) return;
    const cardNumber = card.cardNumber;
    const note = text.trim() || null;
    setBusy(true);
    try {
      let result: { card?: Card | null; errors: readonly UserErrorLike[] };
      let message: MessageKey = `membership.done.${action}`;
      if (action === 'earn') result = (await execute(RecordMemberSpendMutation, { input: { cardNumber, amount: fen!, reference: note, idempotencyKey: key } })).recordMemberSpend;
      else if (action === 'redeem') result = (await execute(RedeemPointsMutation, { input: { cardNumber, points: points!, note, idempotencyKey: key } })).redeemPoints;
      else if (action === 'topUp') result = (await execute(TopUpStoredValueMutation, { input: { cardNumber, amount: fen!, reference: note, idempotencyKey: key } })).topUpStoredValue;
      else if (action === 'spend') result = (await execute(SpendStoredValueMutation, { input: { cardNumber, amount: fen!, reference: note, idempotencyKey: key } })).spendStoredValue;
      else if (action === 'lost') result = (await execute(ReportCardLostMutation, { input: { cardNumber, note } })).reportCardLost;
      else if (action === 'reissue') result = (await execute(ReissueCardMutation, { input: { cardNumber, note, idempotencyKey: key } })).reissueCard;
      else if (action === 'renew') result = (await execute(RenewCardMutation, { input: { cardNumber, idempotencyKey: key } })).renewCard;
      else {
        result = (await execute(SetPartnerSharingMutation, { input: { cardNumber, share } })).setPartnerSharing;
        message = 'membership.done.sharing';
      }
      if (result.card && result.errors.length === 0) onDone(result.card, message);
      else form.showUserErrors(result.errors, new Set([...FIELDS, 'cardNumber']));
    } catch (err) {
      form.showFailure(err);
    } finally {
      setBusy(false);
    }
  };

  const fieldId = `membership-${action}-value`;
  return (
    <DialogShell
      name={action}
      title={t(`membership.action.${action}`)}
      form={form}
      busy={busy}
      confirm={t('membership.confirm')}
      onSubmit={submit}
      onClose={onClose}
    >
      {money ? (
        <Field id={fieldId} label={t('membership.amountYuan')} error={form.errors.amount} required>
          <input
            {...controlProps(fieldId, form.errors.amount)}
            inputMode="decimal"
            value={amount}
            autoFocus
            onChange={(e) => {
              setAmount(e.target.value);
              form.clear('amount');
            }}
          />
        </Field>
      ) : null}
      {pointsField ? (
        <Field id={fieldId} label={t('membership.pointsToRedeem')} error={form.errors.points} required>
          <input
            {...controlProps(fieldId, form.errors.points)}
            inputMode="numeric"
            value={amount}
            autoFocus
            onChange={(e) => {
              setAmount(e.target.value);
              form.clear('points');
            }}
          />
        </Field>
      ) : null}
      {action === 'sharing' ? (
        <label className="check">
          <input type="checkbox" checked={share} onChange={(e) => setShare(e.target.checked)} autoFocus /> {t('membership.sharing.on')}
        </label>
      ) : null}
      {action !== 'sharing' && action !== 'renew' ? (
        <Field id={`membership-${action}-note`} label={money ? t('membership.reference') : t('membership.note')} error={form.errors.reference ?? form.errors.note}>
          <input
            {...controlProps(`membership-${action}-note`, form.errors.reference ?? form.errors.note)}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              form.clear('reference', 'note');
            }}
          />
        </Field>
      ) : null}
      {after ? (
        <p className="membership-after" data-testid="membership-after">
          {after}
        </p>
      ) : null}
    </DialogShell>
  );
}
