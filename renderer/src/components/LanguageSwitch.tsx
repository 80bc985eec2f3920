// Chinese or English: two buttons in the header, the current one pressed.

import { useI18n } from '../i18n';
import type { Language } from '../i18n/messages';

const CHOICES: { language: Language; label: string }[] = [
  { language: 'zh-CN', label: '中文' },
  { language: 'en', label: 'English' },
];

export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t.languageSwitch}>
      {CHOICES.map((c) => (
        <button
          key={c.language}
          type="button"
          lang={c.language}
          aria-pressed={language === c.language}
          className={language === c.language ? 'lang-btn is-active' : 'lang-btn'}
          onClick={() => setLanguage(c.language)}
        >
          {c.label}
        </button>
      ))}
    </div>
  );
}
