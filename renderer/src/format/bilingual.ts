// Some core messages come in both languages at once, "中文 (English)". Each language shows its own half; a
// message without an English half is shown as it is in both.

import type { Language } from '../i18n/messages';

const PAIR = /^([\s\S]*\S) \(([^()\u3400-\u9fff]*[A-Za-z][^()\u3400-\u9fff]*)\)$/;

export function bilingual(message: string, language: Language): string {
  const m = PAIR.exec(message);
  if (!m?.[1] || !m[2]) return message;
  return language === 'en' ? m[2].charAt(0).toUpperCase() + m[2].slice(1) : m[1];
}
