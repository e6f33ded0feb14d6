import { useId } from 'react';
import { useI18n, type Language } from '.';

const LANGUAGES: Language[] = ['zh-CN', 'en'];

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const id = useId();
  return (
    <span className="language-switch">
      <label htmlFor={id}>{t('lang.label')}</label>
      <select
        id={id}
        data-testid="language-switch"
        value={lang}
        onChange={(e) => setLang(e.target.value as Language)}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`lang.${l}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
