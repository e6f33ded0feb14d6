import type { FieldErrors } from '../../api/userErrors';
import { checkResidentId } from '../../frontdesk/residentId';
import type { Gender, IdDocumentType } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Field, controlProps } from '../../ui/Field';
import { DOCUMENT_TYPES, type IdentityEdit } from '../profileDraft';

interface Props {
  currentType: IdDocumentType | null;
  currentMasked: string | null;
  value: IdentityEdit;
  errors: FieldErrors;
  onChange: (next: IdentityEdit) => void;
  /** A complete resident ID carries birthday and gender: the form fills them in. */
  onResidentFacts: (birthday: string, gender: Gender) => void;
}

/**
 * The ID document of an individual, apart from the rest because it is sensitive:
 * the number is never shown in full here, only replaced (type + new number) or
 * cleared. The server re-checks it against gender and birthday and refuses a
 * number that another customer has (DUPLICATE), shown beside the number.
 */
export function IdDocumentEdit({ currentType, currentMasked, value, errors, onChange, onResidentFacts }: Props) {
  const { t } = useI18n();
  const current = currentMasked ? (
    <span>
      {currentType ? t(`idType.${currentType}`) : ''} <code data-testid="edit-id-current">{currentMasked}</code>
    </span>
  ) : (
    <span className="muted">{t('edit.idNone')}</span>
  );

  const change = (type: IdDocumentType, number: string) => {
    onChange({ mode: 'change', type, number });
    if (type === 'RESIDENT_ID') {
      const facts = checkResidentId(number);
      if ((facts.ok || facts.problem === 'checkDigit') && facts.birthday && facts.gender) {
        onResidentFacts(facts.birthday, facts.gender);
      }
    }
  };

  let hint: { text: string; tone: string } | null = null;
  if (value.mode === 'change' && value.type === 'RESIDENT_ID' && value.number.trim()) {
    const facts = checkResidentId(value.number);
    if (facts.ok) hint = { text: t('register.idHintValid'), tone: 'hint-ok' };
    else if (facts.problem === 'checkDigit') hint = { text: t('register.idHintCheckDigit'), tone: 'hint-warn' };
    else if (facts.problem === 'date') hint = { text: t('register.idHintDate'), tone: 'hint-warn' };
    else if (value.number.replace(/\s/g, '').length >= 18) hint = { text: t('register.idHintLength'), tone: 'hint-warn' };
  }

  return (
    <fieldset className="form-section id-section" data-testid="edit-id-section">
      <legend>{t('edit.idTitle')}</legend>
      <p className="id-current">
        <span className="muted">
          {t('edit.idCurrent')}
          {t('common.colon')}
        </span>
        {current}
      </p>
      {value.mode === 'keep' ? (
        <div className="actions tight">
          <button
            type="button"
            className="small"
            data-testid="edit-id-change"
            onClick={() => onChange({ mode: 'change', type: currentType ?? 'RESIDENT_ID', number: '' })}
          >
            {t('edit.idChange')}
          </button>
          {currentMasked ? (
            <button type="button" className="small" onClick={() => onChange({ mode: 'clear' })}>
              {t('edit.idClear')}
            </button>
          ) : null}
        </div>
      ) : null}
      {value.mode === 'clear' ? (
        <div className="actions tight">
          <p className="banner banner-warning inline">{t('edit.idClearing')}</p>
          <button type="button" className="small" onClick={() => onChange({ mode: 'keep' })}>
            {t('edit.idKeep')}
          </button>
        </div>
      ) : null}
      {value.mode === 'change' ? (
        <>
          <div className="grid-3">
            <Field id="edit-idDocumentType" label={t('edit.idNewType')} error={errors.idDocumentType}>
              <select
                {...controlProps('edit-idDocumentType', errors.idDocumentType)}
                value={value.type}
                onChange={(e) => change(e.target.value as IdDocumentType, value.number)}
              >
                {DOCUMENT_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`idType.${type}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              id="edit-idNumber"
              label={t('edit.idNewNumber')}
              error={errors.idNumber}
              required
              hint={hint ? <span className={hint.tone}>{hint.text}</span> : null}
              hintId="edit-idNumber-hint"
              className="span-2"
            >
              <input
                {...controlProps('edit-idNumber', errors.idNumber, hint ? 'edit-idNumber-hint' : undefined)}
                autoFocus
                autoComplete="off"
                spellCheck={false}
                maxLength={40}
                className="mono"
                value={value.number}
                onChange={(e) => change(value.type, e.target.value)}
              />
            </Field>
          </div>
          <p className="field-hint">{t('edit.idHint')}</p>
          <div className="actions tight">
            <button type="button" className="small" onClick={() => onChange({ mode: 'keep' })}>
              {t('edit.idKeep')}
            </button>
          </div>
        </>
      ) : null}
    </fieldset>
  );
}
