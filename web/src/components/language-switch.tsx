/**
 * Language switch
 *
 * A labelled select between Russian and English; the choice is remembered in the browser.
 */
import { useI18n } from '../i18n/i18n-context.js';
import { LANGS, type Lang } from '../i18n/i18n.js';

const NAMES: Record<Lang, string> = { ru: 'Русский', en: 'English' };

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <label className="lang-switch">
      <span className="sr-only">{t('header.language')}</span>
      <select
        aria-label={t('header.language')}
        value={lang}
        onChange={(e) => setLang(e.target.value as Lang)}
        data-testid="lang-switch"
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
