// Partner API keys (ADMIN): the list, a new key shown once with a copy button, revoke with a
// confirmation, and the expiry of each key. Partners use the key in the X-API-Key header (docs/partners.md).
import { useState, type FormEvent } from 'react';
import { execute } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { apiErrorText } from '../../api/userErrors';
import type { PartnerKeyFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { controlProps, ErrorBanner, Field } from '../../ui/Field';
import { formatDateTime, hotelDateOf } from '../../ui/format';
import { useFormErrors } from '../../ui/useFormErrors';
import {
  CreatePartnerKeyMutation,
  PartnerKeysQuery,
  RevokePartnerKeyMutation,
  SetPartnerKeyExpiryMutation,
} from '../operations';

const PAGE = 100;
const FIELDS = new Set(['partner', 'expiresAt', 'rateLimitPerMinute', 'scopes']);

type KeyRef = PartnerKeyFieldsFragment;

/** The end of a hotel-time day, as the API wants it (YYYY-MM-DD → …T23:59:59+08:00). */
function endOfDay(date: string): string | null {
  return date ? `${date}T23:59:59+08:00` : null;
}

export function PartnerKeysPage() {
  const { t } = useI18n();
  const [issued, setIssued] = useState<{ key: string; prefix: string } | null>(null);
  // Read again after every change.
  const list = useQuery(PartnerKeysQuery, { first: PAGE, after: null });
  const reload = list.reload;
  const keys = list.data?.partnerKeys.edges.map((e) => e.node) ?? [];
  const total = list.data?.partnerKeys.totalCount ?? 0;
  // Only the first load says so; later ones keep the last list on screen.
  const loading = !list.data && !list.error;
  const failure = list.error ? [apiErrorText(list.error, t)] : [];

  return (
    <main className="page partner-keys" id="main">
      <h1>{t('partners.title')}</h1>
      <p className="partner-keys-intro">{t('partners.intro')}</p>
      <ErrorBanner messages={failure} />
      {issued ? <IssuedKey issued={issued} onDone={() => setIssued(null)} /> : null}
      <CreateKeyForm
        onCreated={(key, prefix) => {
          setIssued({ key, prefix });
          reload();
        }}
      />
      <h2>
        {t('partners.listTitle')} <span className="count">({total})</span>
      </h2>
      {loading ? <p>{t('app.loading')}</p> : null}
      {!loading && keys.length === 0 ? <p className="empty">{t('partners.none')}</p> : null}
      {keys.length > 0 ? (
        <table className="partner-keys-table" data-testid="partner-keys">
          <thead>
            <tr>
              <th>{t('partners.prefix')}</th>
              <th>{t('partners.partner')}</th>
              <th>{t('partners.scopes')}</th>
              <th>{t('partners.status')}</th>
              <th>{t('partners.rateLimit')}</th>
              <th>{t('partners.expires')}</th>
              <th>{t('partners.lastUsed')}</th>
              <th>{t('partners.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <KeyRow key={k.id} keyRef={k} onChanged={reload} />
            ))}
          </tbody>
        </table>
      ) : null}
    </main>
  );
}

/** The new key, this once: copy it now, it cannot be shown again. */
function IssuedKey({ issued, onDone }: { issued: { key: string; prefix: string }; onDone: () => void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issued.key);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section className="issued-key" role="status" data-testid="issued-key">
      <h2>{t('partners.issuedTitle', { prefix: issued.prefix })}</h2>
      <p className="issued-key-warning">{t('partners.issuedWarning')}</p>
      <div className="issued-key-row">
        <code data-testid="issued-key-value">{issued.key}</code>
        <button type="button" onClick={() => void copy()}>
          {copied ? t('partners.copied') : t('partners.copy')}
        </button>
      </div>
      <button type="button" className="primary" onClick={onDone}>
        {t('partners.issuedDone')}
      </button>
    </section>
  );
}

function CreateKeyForm({ onCreated }: { onCreated: (key: string, prefix: string) => void }) {
  const { t } = useI18n();
  const [partner, setPartner] = useState('');
  const [expires, setExpires] = useState('');
  const [limit, setLimit] = useState('');
  const [saving, setSaving] = useState(false);
  const { errors, general, formRef, clear, check, showUserErrors, showFailure } = useFormErrors();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!partner.trim()) local.partner = t('partners.required.partner');
    if (limit && !/^\d+$/.test(limit)) local.rateLimitPerMinute = t('partners.invalid.rateLimit');
    if (!check(local)) return;
    setSaving(true);
    try {
      const done = (
        await execute(CreatePartnerKeyMutation, {
          input: { partner, expiresAt: endOfDay(expires), rateLimitPerMinute: limit ? Number(limit) : null },
        })
      ).createPartnerKey;
      if (done.errors.length || !done.key || !done.partnerKey) {
        showUserErrors(done.errors, FIELDS);
        return;
      }
      const created = done.partnerKey;
      setPartner('');
      setExpires('');
      setLimit('');
      onCreated(done.key, created.prefix);
    } catch (error) {
      showFailure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={formRef} className="partner-key-form" onSubmit={(e) => void submit(e)} noValidate data-testid="partner-key-form">
      <h2>{t('partners.createTitle')}</h2>
      <ErrorBanner messages={general} />
      <div className="form-row">
        <Field id="pk-partner" label={t('partners.partner')} error={errors.partner} required>
          <input
            {...controlProps('pk-partner', errors.partner)}
            value={partner}
            maxLength={128}
            onChange={(e) => {
              setPartner(e.target.value);
              clear('partner');
            }}
          />
        </Field>
        <Field id="pk-expires" label={t('partners.expires')} error={errors.expiresAt} hint={t('partners.expiresHint')}>
          <input
            {...controlProps('pk-expires', errors.expiresAt)}
            type="date"
            value={expires}
            onChange={(e) => {
              setExpires(e.target.value);
              clear('expiresAt');
            }}
          />
        </Field>
        <Field id="pk-limit" label={t('partners.rateLimit')} error={errors.rateLimitPerMinute} hint={t('partners.rateLimitHint')}>
          <input
            {...controlProps('pk-limit', errors.rateLimitPerMinute)}
            inputMode="numeric"
            value={limit}
            onChange={(e) => {
              setLimit(e.target.value);
              clear('rateLimitPerMinute');
            }}
          />
        </Field>
      </div>
      <button type="submit" className="primary" disabled={saving}>
        {t('partners.create')}
      </button>
    </form>
  );
}

function KeyRow({ keyRef, onChanged }: { keyRef: KeyRef; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const k = keyRef;
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const [expiry, setExpiry] = useState(k.expiresAt ? hotelDateOf(k.expiresAt) : '');
  const [busy, setBusy] = useState(false);
  const { errors, general, formRef, clear, showUserErrors, showFailure } = useFormErrors();
  const revoked = k.status === 'REVOKED';

  const revoke = async () => {
    setBusy(true);
    try {
      const done = (await execute(RevokePartnerKeyMutation, { input: { id: k.id } })).revokePartnerKey;
      if (done.errors.length) showUserErrors(done.errors, new Set());
      else onChanged();
    } catch (error) {
      showFailure(error);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  const saveExpiry = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const done = (await execute(SetPartnerKeyExpiryMutation, { input: { id: k.id, expiresAt: endOfDay(expiry) } }))
        .setPartnerKeyExpiry;
      if (done.errors.length) {
        showUserErrors(done.errors, new Set(['expiresAt']));
        return;
      }
      setEditing(false);
      onChanged();
    } catch (error) {
      showFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <tr data-testid={`partner-key-${k.prefix}`} className={revoked ? 'revoked' : undefined}>
      <td>
        <code>{k.prefix}</code>
      </td>
      <td>{k.partner}</td>
      <td>{k.scopes.join(', ')}</td>
      <td>
        <span className={`badge partner-key-status status-${k.status.toLowerCase()}`}>{t(`partnerKeyStatus.${k.status}`)}</span>
      </td>
      <td>
        {k.rateLimitPerMinute}
        {k.customRateLimit ? '' : ` (${t('partners.default')})`}
      </td>
      <td>
        {editing ? (
          <form ref={formRef} onSubmit={(e) => void saveExpiry(e)} className="inline-form" noValidate>
            <input
              {...controlProps(`pk-expiry-${k.id}`, errors.expiresAt)}
              type="date"
              aria-label={t('partners.expires')}
              value={expiry}
              onChange={(e) => {
                setExpiry(e.target.value);
                clear('expiresAt');
              }}
            />
            <button type="submit" className="small primary" disabled={busy}>
              {t('partners.save')}
            </button>
            <button type="button" className="small" onClick={() => setEditing(false)}>
              {t('partners.cancel')}
            </button>
            {errors.expiresAt ? <div className="field-error">{errors.expiresAt}</div> : null}
          </form>
        ) : (
          <>
            {k.expiresAt ? formatDateTime(k.expiresAt, lang) : t('partners.never')}
            {!revoked ? (
              <button type="button" className="link" onClick={() => setEditing(true)}>
                {t('partners.setExpiry')}
              </button>
            ) : null}
          </>
        )}
      </td>
      <td>{k.lastUsedAt ? formatDateTime(k.lastUsedAt, lang) : t('partners.neverUsed')}</td>
      <td>
        <ErrorBanner messages={general} />
        {revoked ? (
          formatDateTime(k.revokedAt, lang)
        ) : confirming ? (
          <span className="confirm">
            {t('partners.revokeConfirm', { prefix: k.prefix })}{' '}
            <button type="button" className="small danger" disabled={busy} onClick={() => void revoke()}>
              {t('partners.revokeYes')}
            </button>
            <button type="button" className="small" onClick={() => setConfirming(false)}>
              {t('partners.cancel')}
            </button>
          </span>
        ) : (
          <button type="button" className="small" onClick={() => setConfirming(true)}>
            {t('partners.revoke')}
          </button>
        )}
      </td>
    </tr>
  );
}
