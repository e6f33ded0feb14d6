import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { execute } from '../../api/client';
import { apiErrorText, splitUserErrors } from '../../api/userErrors';
import type { IdDocumentType, RegisterGuestMutation } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { ErrorBanner, Field, controlProps } from '../../ui/Field';
import { NegotiatedRateHint } from '../../contracts/components/NegotiatedRateHint';
import { DuplicateSuggestions, type Candidate } from '../components/DuplicateSuggestions';
import { RegisterGuestMutation as RegisterGuestDocument } from '../operations';
import {
  INPUT_PATH,
  KNOWN_PATHS,
  controlId,
  emptyForm,
  localErrors,
  newIdempotencyKey,
  residentIdFacts,
  toInput,
  type FormKey,
  type RegistrationForm,
} from '../registration';

const DOCUMENT_TYPES: IdDocumentType[] = [
  'RESIDENT_ID',
  'PASSPORT',
  'HK_MACAO_PERMIT',
  'TAIWAN_PERMIT',
  'FOREIGN_PERMANENT_RESIDENT_ID',
  'OTHER',
];
const ROOM_TYPES = ['标准间', '大床房', '豪华大床房', '行政大床房', '行政套房', '豪华套房'];
const CHANNELS = ['前台', '官网', '电话预订', '携程', '美团', '飞猪', '旅行社', '协议单位'];
const PURPOSES = ['商务', '旅游', '会议', '探亲', '培训'];
const PAYMENT_METHODS = ['微信支付', '支付宝', '信用卡', '现金', '挂账'];

type Done = NonNullable<RegisterGuestMutation['registerGuest']>;

export function RegisterPage() {
  const { t, lang } = useI18n();
  const [form, setForm] = useState<RegistrationForm>(emptyForm);
  const [chosen, setChosen] = useState<Candidate | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  // One key per submission: a retry of exactly the same input reuses it, so a
  // lost answer never registers the guest twice; a changed input is a new one.
  const attempt = useRef<{ key: string; body: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const firstControl = useRef<HTMLSelectElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);

  const facts = residentIdFacts(form);

  const set = (key: FormKey) => (value: string) => {
    setForm((prev) => {
      const next = { ...prev, [key]: value };
      if (key === 'idNumber' || key === 'idDocumentType') {
        const derived = residentIdFacts(next);
        // A resident ID carries birthday and gender: fill them as soon as the number is complete.
        if (derived && (derived.ok || derived.problem === 'checkDigit') && derived.birthday && derived.gender) {
          next.birthday = derived.birthday;
          next.gender = derived.gender;
        }
      }
      return next;
    });
    const path = INPUT_PATH[key];
    if (errors[path]) setErrors(({ [path]: _gone, ...rest }) => rest);
  };

  useEffect(() => {
    if (done) nextButton.current?.focus();
  }, [done]);

  const focusFirstError = (paths: string[]) => {
    const order = Object.values(INPUT_PATH);
    const first = order.find((p) => paths.includes(p));
    if (first) document.getElementById(controlId(first))?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const local = localErrors(form, t);
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length > 0) {
      setGeneral([t('register.fixErrors')]);
      focusFirstError(Object.keys(local));
      return;
    }
    const input = toInput(form, chosen?.customer.id ?? null);
    const body = JSON.stringify(input);
    if (!attempt.current || attempt.current.body !== body) attempt.current = { key: newIdempotencyKey(), body };
    setBusy(true);
    try {
      const { registerGuest } = await execute(RegisterGuestDocument, {
        input: { ...input, idempotencyKey: attempt.current.key },
      });
      if (registerGuest.errors.length === 0 && registerGuest.customer) {
        setDone(registerGuest);
        return;
      }
      const split = splitUserErrors(registerGuest.errors, KNOWN_PATHS, lang, t, (key) =>
        key === 'customerId' ? '' : key,
      );
      setErrors(split.fields);
      setGeneral([t('register.fixErrors'), ...split.general]);
      focusFirstError(Object.keys(split.fields));
    } catch (err) {
      // Network trouble: the same key goes out again on the next try.
      setGeneral([apiErrorText(err, t)]);
    } finally {
      setBusy(false);
    }
  };

  const startOver = () => {
    setForm(emptyForm());
    setChosen(null);
    setErrors({});
    setGeneral([]);
    setDone(null);
    attempt.current = null;
    window.setTimeout(() => firstControl.current?.focus(), 0);
  };

  if (done?.customer) {
    return (
      <main className="page register" id="main">
        <h1>{t('register.title')}</h1>
        <div className="banner banner-success result-banner" role="status" data-testid="register-result">
          <p data-created={String(done.created)}>{done.created ? t('register.createdNew') : t('register.recognised')}</p>
          <p>
            <Link to={`/customers/${encodeURIComponent(done.customer.id)}`} data-testid="result-card-link">
              {t('register.openCard', { name: done.customer.name })}
            </Link>
            {done.stay ? (
              <span className="muted">
                {' '}
                · {done.stay.arrival} → {done.stay.departure} ({done.stay.roomNights} {t('stay.roomNights')})
              </span>
            ) : null}
          </p>
          <button type="button" className="primary" ref={nextButton} onClick={startOver}>
            {t('register.reset')}
          </button>
        </div>
      </main>
    );
  }

  const err = (key: FormKey) => errors[INPUT_PATH[key]];
  const props = (key: FormKey, hintId?: string) => ({
    ...controlProps(controlId(INPUT_PATH[key]), err(key), hintId),
    value: form[key],
    onChange: (e: { target: { value: string } }) => set(key)(e.target.value),
  });
  const renderField = ({ k, label, required, children, hint, hintId, className }: {
    k: FormKey;
    label: string;
    required?: boolean;
    children: ReactNode;
    hint?: ReactNode;
    hintId?: string;
    className?: string;
  }) => (
    <Field
      id={controlId(INPUT_PATH[k])}
      label={label}
      error={err(k)}
      required={required}
      hint={hint}
      hintId={hintId}
      className={className}
    >
      {children}
    </Field>
  );

  const idHint = facts
    ? facts.ok
      ? t('register.idHintValid')
      : t(
          facts.problem === 'checkDigit'
            ? 'register.idHintCheckDigit'
            : facts.problem === 'date'
              ? 'register.idHintDate'
              : 'register.idHintLength',
        )
    : null;

  return (
    <main className="page register" id="main">
      <h1>{t('register.title')}</h1>
      <div className="register-layout">
        <form ref={formRef} className="register-form" onSubmit={submit} noValidate data-testid="register-form">
          <ErrorBanner messages={general} />
          <fieldset className="panel">
            <legend>{t('register.document')}</legend>
            <div className="grid-3">
              {renderField({
                k: 'idDocumentType',
                label: t('field.idDocumentType'),
                required: true,
                children: (
                  <select ref={firstControl} autoFocus {...props('idDocumentType')}>
                    {DOCUMENT_TYPES.map((d) => (
                      <option key={d} value={d}>
                        {t(`idType.${d}`)}
                      </option>
                    ))}
                  </select>
                ),
              })}
              {renderField({
                k: 'idNumber',
                label: t('field.idNumber'),
                required: true,
                className: 'span-2',
                hint: idHint ? (
                  <span className={facts?.ok ? 'hint-ok' : 'hint-warn'} data-testid="id-hint">
                    {idHint}
                  </span>
                ) : null,
                hintId: 'reg-id-hint',
                children: (
                  <input
                    {...props('idNumber', idHint ? 'reg-id-hint' : undefined)}
                    autoComplete="off"
                    spellCheck={false}
                    maxLength={form.idDocumentType === 'RESIDENT_ID' ? 20 : 40}
                    className="mono"
                  />
                ),
              })}
            </div>
          </fieldset>

          <fieldset className="panel">
            <legend>{t('register.guest')}</legend>
            <div className="grid-3">
              {renderField({ k: 'name', label: t('field.name'), required: true, children: <input {...props('name')} maxLength={100} /> })}
              {renderField({
                k: 'nameEn',
                label: t('field.nameEn'),
                children: <input {...props('nameEn')} maxLength={100} autoComplete="off" />,
              })}
              {renderField({
                k: 'phone',
                label: t('field.phone'),
                required: true,
                children: <input {...props('phone')} type="tel" inputMode="tel" autoComplete="off" />,
              })}
              {renderField({
                k: 'gender',
                label: t('field.gender'),
                children: (
                  <select {...props('gender')}>
                    <option value="">{t('common.none')}</option>
                    <option value="MALE">{t('gender.MALE')}</option>
                    <option value="FEMALE">{t('gender.FEMALE')}</option>
                    <option value="UNKNOWN">{t('gender.UNKNOWN')}</option>
                  </select>
                ),
              })}
              {renderField({ k: 'birthday', label: t('field.birthday'), children: <input {...props('birthday')} type="date" /> })}
              {renderField({
                k: 'nationality',
                label: t('field.nationality'),
                children: <input {...props('nationality')} maxLength={2} className="mono short" autoComplete="off" />,
              })}
              {renderField({
                k: 'email',
                label: t('field.email'),
                children: <input {...props('email')} type="email" autoComplete="off" />,
              })}
              {renderField({ k: 'employer', label: t('field.employer'), children: <input {...props('employer')} maxLength={128} /> })}
              {renderField({ k: 'address', label: t('field.address'), children: <input {...props('address')} maxLength={255} /> })}
            </div>
          </fieldset>

          <fieldset className="panel">
            <legend>{t('register.stay')}</legend>
            <div className="grid-3">
              {renderField({ k: 'arrival', label: t('stay.arrival'), required: true, children: <input {...props('arrival')} type="date" /> })}
              {renderField({
                k: 'departure',
                label: t('stay.departure'),
                required: true,
                children: <input {...props('departure')} type="date" min={form.arrival || undefined} />,
              })}
              {renderField({
                k: 'roomType',
                label: t('stay.roomType'),
                required: true,
                children: <input {...props('roomType')} list="room-types" maxLength={32} autoComplete="off" />,
              })}
              {renderField({
                k: 'nightlyRate',
                label: t('register.nightlyRateYuan'),
                required: true,
                children: <input {...props('nightlyRate')} inputMode="decimal" autoComplete="off" className="num" />,
              })}
              <NegotiatedRateHint employer={form.employer} roomType={form.roomType} onUse={set('nightlyRate')} />
              {renderField({
                k: 'channel',
                label: t('stay.channel'),
                children: <input {...props('channel')} list="channels" maxLength={64} autoComplete="off" />,
              })}
              {renderField({
                k: 'purpose',
                label: t('register.purpose'),
                children: <input {...props('purpose')} list="purposes" maxLength={64} autoComplete="off" />,
              })}
              {renderField({
                k: 'paymentMethod',
                label: t('field.paymentMethod'),
                children: <input {...props('paymentMethod')} list="payment-methods" maxLength={64} autoComplete="off" />,
              })}
            </div>
            <Options id="room-types" values={ROOM_TYPES} />
            <Options id="channels" values={CHANNELS} />
            <Options id="purposes" values={PURPOSES} />
            <Options id="payment-methods" values={PAYMENT_METHODS} />
          </fieldset>

          {chosen ? (
            <p className="banner banner-info" data-testid="chosen-profile">
              {t('register.chosen')}
              {t('common.colon')}
              <strong>{chosen.customer.name}</strong>
            </p>
          ) : null}
          <div className="actions">
            <button type="submit" className="primary" disabled={busy} data-testid="register-submit">
              {busy ? t('register.submitting') : t('register.submit')}
            </button>
          </div>
        </form>
        <DuplicateSuggestions
          check={{
            name: form.name,
            phone: form.phone,
            idNumber: form.idNumber,
            email: form.email,
            birthday: form.birthday || null,
          }}
          chosen={chosen}
          onChoose={setChosen}
        />
      </div>
    </main>
  );
}

function Options({ id, values }: { id: string; values: readonly string[] }) {
  return (
    <datalist id={id}>
      {values.map((v) => (
        <option key={v} value={v} />
      ))}
    </datalist>
  );
}
