import { can } from '../../auth/roles';
import { useSession } from '../../auth/session';
import { CustomerWorkspace } from '../../customers/components/CustomerWorkspace';
import { useI18n } from '../../i18n';
import { formatClock } from '../../ui/format';
import { useCallCentre } from '../CallCentre';
import { isDirty, type CallEntry } from '../calls';
import { CallerChoice } from './CallerChoice';
import { ProspectForm } from './ProspectForm';
import { WrapUpForm } from './WrapUpForm';

/**
 * The incoming-call banner, which turns into the caller's card: the card of
 * the only match at once, a list to pick from when the number is shared, a
 * short form when nobody has it. Everything inside is keyed by callId.
 */
export function CallCard({ call }: { call: CallEntry }) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const { dispatch } = useCallCentre();
  const chosen = call.customerId ? (call.matches.find((m) => m.id === call.customerId) ?? null) : null;
  const several = call.matches.length > 1;
  const number = call.normalizedPhone ?? call.phone;
  // Who at the account is calling, when the number is a contact's: the chosen account's, else any.
  const contact =
    call.contacts.find((k) => k.customer?.id === call.customerId) ?? (call.customerId ? null : call.contacts[0]) ?? null;

  const close = () => {
    if (isDirty(call) && !window.confirm(t('call.closeUnsaved'))) return;
    dispatch({ type: 'close', callId: call.callId });
  };

  const wrapUp = <WrapUpForm key={call.callId} call={call} />;
  let body;
  if (call.customerId) {
    body = (
      <CustomerWorkspace
        key={`${call.callId}:${call.customerId}`}
        id={call.customerId}
        preview={chosen}
        variant="call"
        beforePanels={wrapUp}
        headerActions={
          several ? (
            <button
              type="button"
              className="small"
              data-testid="change-caller"
              onClick={() => dispatch({ type: 'choose', callId: call.callId, customerId: null })}
            >
              {t('call.changeCaller')}
            </button>
          ) : null
        }
      />
    );
  } else if (several) {
    body = (
      <>
        <CallerChoice
          callId={call.callId}
          matches={call.matches}
          onChoose={(customerId) => dispatch({ type: 'choose', callId: call.callId, customerId })}
        />
        {wrapUp}
      </>
    );
  } else {
    body = (
      <>
        {can(user?.role, 'createCustomer') ? (
          <ProspectForm
            key={call.callId}
            callId={call.callId}
            phone={call.normalizedPhone ?? call.phone}
            onCreated={(customer) => dispatch({ type: 'created', callId: call.callId, customer })}
          />
        ) : (
          <p className="banner banner-info" data-testid="unknown-caller">
            {t('call.unknownNoCreate')}
          </p>
        )}
        {wrapUp}
      </>
    );
  }

  return (
    <section
      className="call-card"
      aria-labelledby="call-banner-title"
      data-testid="call-card"
      data-call-id={call.callId}
      data-matches={call.matches.length}
    >
      <div className="call-banner" role="status" data-testid="call-banner">
        <span className="call-pulse" aria-hidden="true" />
        <h2 id="call-banner-title" className="call-banner-title">
          {t('call.incoming')}
        </h2>
        <span className="call-number mono" data-testid="call-number">
          {number || t('call.withheld')}
        </span>
        <span className="muted small">
          {t('call.extensionAt', { extension: call.extension, time: formatClock(call.receivedAt, lang) })}
        </span>
        {contact ? (
          <span className="call-contact" data-testid="call-contact">
            {contact.title
              ? t('call.contactWithTitle', { name: contact.name, title: contact.title })
              : t('call.contact', { name: contact.name })}
          </span>
        ) : null}
        <span className="call-who small">
          {call.matches.length === 0
            ? t('call.noMatch')
            : several
              ? t('call.matchCount', { count: call.matches.length })
              : null}
        </span>
        <span className="spacer" />
        <button type="button" className="small" onClick={close} data-testid="call-close">
          {t('call.close')}
        </button>
      </div>
      {body}
    </section>
  );
}
