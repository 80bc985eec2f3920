// Every visible string is translated: the English table has exactly the Chinese table's keys, nested ones too,
// with no empty text; and no component writes Chinese text of its own outside the tables (the few deliberate
// exceptions are listed with their reason).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/en';
import { zhCN } from '../../../renderer/src/i18n/zh-CN';

const RENDERER = join(__dirname, '../../../renderer/src');

/** Every leaf of a message table as a path, with whether it is usable text (or a function giving text). */
function leaves(table: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (table !== null && typeof table === 'object') {
    for (const [key, value] of Object.entries(table)) {
      for (const [path, leaf] of leaves(value, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
    }
  } else {
    out.set(prefix, table);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'i18n' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(e.name) ? [path] : [];
  });
}

/** Chinese a component may write itself, and why. */
const ALLOWED_CHINESE: Record<string, RegExp> = {
  // The app's mark in the header, the same in both languages.
  'components/AppHeader.tsx': /^\s*证\s*$/,
  // A language is named in its own language in the switch.
  'components/LanguageSwitch.tsx': /label: '中文'/,
  // The grid levels as the grid data names them (keys, not text shown).
  'components/MapCanvas.tsx': /LEVEL_CLASS|grid\.level === '街'/,
  // Bilingual "中文 (English)" messages; the UI shows the half in the chosen language (format/bilingual.ts).
  'bridge/http-bridge.ts': /failure\('(io-error|internal)', `[^`]*\([a-z][^)]*\)/,
  // Reads the review result the core wrote into the manifest in Chinese.
  'casefile/manifest.ts': /\/否\//,
  // The Chinese date style itself (年月日), chosen by the language.
  'format/date-time.ts': /style === 'zh' \?/,
  'format/local-text.ts': /style === 'zh' \?/,
};

/** Keys only English fills: in Chinese the name comes from the violation catalogue itself. */
const ENGLISH_ONLY = /^tierNames\./;

describe('UI texts', () => {
  it('the English table has exactly the Chinese keys, none of them empty', () => {
    const zh = leaves(zhCN);
    const english = new Map([...leaves(en)].filter(([path]) => !ENGLISH_ONLY.test(path)));
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [path, value] of english) {
      if (typeof value === 'string') expect(value.trim(), path).not.toBe('');
      else expect(typeof value, path).toBe('function');
    }
  });

  it('no component writes Chinese text outside the message tables', () => {
    const found: string[] = [];
    for (const file of sourceFiles(RENDERER)) {
      const rel = file.slice(RENDERER.length + 1).replace(/\\/g, '/');
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '').replace(/\/\*.*?\*\//g, '');
        if (!/[\u4e00-\u9fff]/.test(code)) return;
        if (ALLOWED_CHINESE[rel]?.test(code)) return;
        found.push(`${rel}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });
});
