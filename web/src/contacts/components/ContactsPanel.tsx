// The customer card's contacts panel (客户联系人): who to call at the account, the primary one first.
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { execute, isAbortError } from '../../api/client';
import { apiErrorText } from '../../api/userErrors';
import type { ContactRowFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorBanner, Field, controlProps } from '../../ui/Field';
import { saveOnCtrlEnter } from '../../ui/keys';
import { useFormErrors } from '../../ui/useFormErrors';
import {
  ArchiveContactMutation,
  CreateContactMutation,
  CustomerContactsQuery,
  SetPrimaryContactMutation,
  UpdateContactMutation,
} from '../operations';

const FIELDS: ReadonlySet<string> = new Set(['name', 'title', 'phones.0.number', 'email', 'birthday', 'notes']);
const EMPTY = { name: '', title: '', phone: '', email: '', birthday: '', notes: '' };
const NOTES_MAX = 2000;
type Draft = typeof EMPTY;

function draftOf(c: ContactRowFragment): Draft {
  return {
    name: c.name,
    title: c.title ?? '',
    phone: c.phones[0]?.number ?? '',
    email: c.email ?? '',
    birthday: c.birthday ?? '',
    notes: c.notes ?? '',
  };
}

export function ContactsPanel({ customerId, canEdit }: { customerId: string; canEdit: boolean }) {
  const { t } = useI18n();
  const [contacts, setContacts] = useState<ContactRowFragment[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [editing, setEditing] = useState<ContactRowFragment | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const { errors, general, formRef, clear, check, showUserErrors, showFailure, reset } = useFormErrors();
  const nameRef = useRef<HTMLInputElement>(null);

  const load = useCallback(
    (signal?: AbortSignal) =>
      execute(CustomerContactsQuery, { id: customerId }, { signal })
        .then((d) => setContacts(d.customer?.contacts ?? []))
        .catch((err: unknown) => {
          if (!isAbortError(err)) setLoadError(err);
        }),
    [customerId],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const set = (key: keyof Draft) => (value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    clear(key === 'phone' ? 'phones.0.number' : key);
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check(draft.name.trim() ? {} : { name: t('errorCode.REQUIRED') })) return;
    setBusy(true);
    const fields = {
      name: draft.name.trim(),
      title: draft.title.trim() || null,
      phones: draft.phone.trim() ? [{ number: draft.phone.trim() }] : [],
      email: draft.email.trim() || null,
      birthday: draft.birthday || null,
      notes: draft.notes.trim() || null,
    };
    try {
      const problems = editing
        ? (await execute(UpdateContactMutation, { input: { id: editing.id, expectedVersion: editing.version, ...fields } })).updateContact.errors
        : (await execute(CreateContactMutation, { input: { customerId, ...fields } })).createContact.errors;
      if (problems.length) {
        showUserErrors(problems, FIELDS);
        return;
      }
      setStatus(t(editing ? 'contacts.saved' : 'contacts.added', { name: fields.name }));
      setDraft(EMPTY);
      setEditing(null);
      reset();
      await load();
    } catch (err) {
      showFailure(err);
    } finally {
      setBusy(false);
    }
  };

  const act = async (run: () => Promise<readonly { message: string }[]>, done: string) => {
    try {
      const problems = await run();
      setStatus(problems.length ? problems.map((e) => e.message).join(' · ') : done);
      await load();
    } catch (err) {
      setStatus(apiErrorText(err, t));
    }
  };

  return (
    <section className="panel" aria-labelledby="contacts-title" data-testid="contacts-panel">
      <h2 id="contacts-title">{t('card.contacts')}</h2>
      {loadError ? <ErrorBanner messages={[apiErrorText(loadError, t)]} /> : null}
      {contacts === null && !loadError ? <p className="muted">{t('app.loading')}</p> : null}
      {contacts && contacts.length === 0 ? <p className="muted">{t('contacts.none')}</p> : null}
      {contacts && contacts.length > 0 ? (
        <ul className="plain contacts">
          {contacts.map((c) => (
            <li key={c.id} data-testid="contact" data-name={c.name}>
              <strong>{c.name}</strong>
              {c.isPrimary ? <span className="badge badge-primary">{t('contacts.primary')}</span> : null}
              {c.title ? <span className="muted"> · {c.title}</span> : null}
              {c.phones.map((p) => (
                <span key={p.number}> · {p.display}</span>
              ))}
              {c.email ? <span className="muted"> · {c.email}</span> : null}
              {c.birthday ? <span className="muted"> · {t('contacts.birthday')} {c.birthday}</span> : null}
              {c.notes ? (
                <p className="contact-notes muted small" data-testid="contact-notes">
                  <span className="visually-hidden">
                    {t('contacts.notes')}
                    {t('common.colon')}
                  </span>
                  {c.notes}
                </p>
              ) : null}
              {canEdit ? (
                <span className="row-actions">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setEditing(c);
                      setDraft(draftOf(c));
                      reset();
                      nameRef.current?.focus();
                    }}
                  >
                    {t('contacts.edit')}
                  </button>
                  {!c.isPrimary ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() =>
                        void act(
                          async () => (await execute(SetPrimaryContactMutation, { input: { id: c.id } })).setPrimaryContact.errors,
                          t('contacts.madePrimary', { name: c.name }),
                        )
                      }
                    >
                      {t('contacts.makePrimary')}
                    </button>
                  ) : null}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      void act(
                        async () => (await execute(ArchiveContactMutation, { input: { id: c.id } })).archiveContact.errors,
                        t('contacts.archived', { name: c.name }),
                      )
                    }
                  >
                    {t('contacts.archive')}
                  </button>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="action-status" role="status">
        {status}
      </p>
      {canEdit ? (
        <form className="inline-add" ref={formRef} onSubmit={(e) => void onSubmit(e)} noValidate data-testid="contact-form">
          <ErrorBanner messages={general} />
          <div className="inline-add-row">
            <Field id="contact-name" label={t('contacts.name')} error={errors.name} required>
              <input {...controlProps('contact-name', errors.name)} ref={nameRef} maxLength={64} value={draft.name} onChange={(e) => set('name')(e.target.value)} />
            </Field>
            <Field id="contact-title" label={t('contacts.title')} error={errors.title}>
              <input {...controlProps('contact-title', errors.title)} maxLength={64} value={draft.title} onChange={(e) => set('title')(e.target.value)} />
            </Field>
            <Field id="contact-phone" label={t('contacts.phone')} error={errors['phones.0.number']}>
              <input {...controlProps('contact-phone', errors['phones.0.number'])} type="tel" value={draft.phone} onChange={(e) => set('phone')(e.target.value)} />
            </Field>
            <Field id="contact-email" label={t('contacts.email')} error={errors.email}>
              <input {...controlProps('contact-email', errors.email)} type="email" value={draft.email} onChange={(e) => set('email')(e.target.value)} />
            </Field>
            <Field id="contact-birthday" label={t('contacts.birthday')} error={errors.birthday}>
              <input {...controlProps('contact-birthday', errors.birthday)} type="date" min="1900-01-01" value={draft.birthday} onChange={(e) => set('birthday')(e.target.value)} />
            </Field>
            <Field id="contact-notes" label={t('contacts.notes')} error={errors.notes} className="contact-notes-field">
              <textarea
                {...controlProps('contact-notes', errors.notes)}
                rows={2}
                maxLength={NOTES_MAX}
                value={draft.notes}
                onChange={(e) => set('notes')(e.target.value)}
                onKeyDown={saveOnCtrlEnter}
              />
            </Field>
            <button type="submit" className="primary" disabled={busy}>
              {editing ? t('contacts.save') : t('contacts.add')}
            </button>
            {editing ? (
              <button
                type="button"
                onClick={() => {
                  setEditing(null);
                  setDraft(EMPTY);
                  reset();
                }}
              >
                {t('contacts.cancel')}
              </button>
            ) : null}
          </div>
        </form>
      ) : null}
    </section>
  );
}
