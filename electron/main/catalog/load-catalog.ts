// Loads the violation catalogue: every *.json in a folder is one item (DESIGN.md §3). Items are edited by hand at
// a bureau, so one bad file must not take the others down: it is refused with a message, in Chinese and English,
// that names the file and the field, and the rest load.

import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { CatalogItem } from '../../core/chain/catalog';
import { resourcesDir } from '../resources-dir';
import { CatalogItemSchema } from './catalog-schema';
import type { BilingualParams } from './catalog-schema';

export interface CatalogLoadError {
  /** The file name within the folder (or the folder itself when it cannot be read). */
  file: string;
  message: string;
}

export interface LoadedCatalog {
  items: CatalogItem[];
  errors: CatalogLoadError[];
}

/** The bundled catalogue: resources/catalog. */
export function catalogDir(): string {
  return join(resourcesDir(), 'catalog');
}

const MAX_ISSUES_SHOWN = 20;

interface Problem {
  field: string | null;
  zh: string;
  en: string;
}

/** `tiers[1].maxYuan` from ['tiers', 1, 'maxYuan']. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

const TYPE_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '布尔值（true/false）',
  array: '数组',
  object: '对象',
  null: 'null',
  undefined: '无',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function problemsOf(issue: z.core.$ZodIssue): Problem[] {
  const field = fieldPath(issue.path);
  const at = field === '' ? null : field;
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return [{ field: at, zh: '缺少必填字段', en: 'required field is missing' }];
      const got = typeOf(issue.input);
      return [{ field: at, zh: `应为${TYPE_ZH[issue.expected] ?? issue.expected}，实为${TYPE_ZH[got] ?? got}`, en: `expected ${issue.expected}, got ${got}` }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        field: fieldPath([...issue.path, key]),
        zh: '未知字段（目录项不允许额外字段，请检查拼写）',
        en: 'unknown field (catalogue items allow no extra fields; check the spelling)',
      }));
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array') return [{ field: at, zh: `至少需要 ${min} 项`, en: `needs at least ${min} item${min === 1 ? '' : 's'}` }];
      if (issue.origin === 'string') return [{ field: at, zh: '不能为空', en: 'must not be empty' }];
      return [
        issue.inclusive === false
          ? { field: at, zh: `须大于 ${min}`, en: `must be greater than ${min}` }
          : { field: at, zh: `不能小于 ${min}`, en: `must be at least ${min}` },
      ];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array') return [{ field: at, zh: `最多 ${max} 项`, en: `at most ${max} items` }];
      if (issue.origin === 'string') return [{ field: at, zh: `最长 ${max} 个字符`, en: `at most ${max} characters` }];
      return [{ field: at, zh: `不能大于 ${max}`, en: `must be at most ${max}` }];
    }
    case 'invalid_format':
      return [
        issue.format === 'regex' && issue.pattern
          ? { field: at, zh: `格式不符，应匹配 ${issue.pattern}（小写字母、数字和连字符）`, en: `must match ${issue.pattern} (lower-case letters, digits and hyphens)` }
          : { field: at, zh: `格式不符（${issue.format}）`, en: `invalid format (${issue.format})` },
      ];
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return [{ field: at, zh: `取值应为以下之一：${values}`, en: `must be one of ${values}` }];
    }
    case 'custom': {
      const params = issue.params as Partial<BilingualParams> | undefined;
      if (params?.zh && params.en) return [{ field: at, zh: params.zh, en: params.en }];
      return [{ field: at, zh: issue.message, en: issue.message }];
    }
    default:
      return [{ field: at, zh: issue.message, en: issue.message }];
  }
}

/** One message for a refused file: a bilingual heading, then one bilingual line per problem with its field. */
function refusal(file: string, problems: Problem[]): CatalogLoadError {
  const shown = problems.slice(0, MAX_ISSUES_SHOWN).map((p) =>
    p.field === null ? `- ${p.zh} / ${p.en}` : `- 字段 ${p.field}：${p.zh} / field ${p.field}: ${p.en}`,
  );
  if (problems.length > MAX_ISSUES_SHOWN) {
    const more = problems.length - MAX_ISSUES_SHOWN;
    shown.push(`- 另有 ${more} 处问题 / ${more} more problem${more === 1 ? '' : 's'}`);
  }
  return { file, message: [`目录项文件 ${file} 未载入 / catalogue file ${file} was not loaded:`, ...shown].join('\n') };
}

/** Line and column of a JSON syntax error, where the engine's message gives a character position. */
function jsonErrorWhere(text: string, message: string): { zh: string; en: string } {
  const m = /position (\d+)/.exec(message);
  if (!m) return { zh: '', en: '' };
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return { zh: `（第 ${line} 行第 ${column} 列）`, en: ` (line ${line}, column ${column})` };
}

/** Parses and validates one item file's text. `file` is only used in the message. */
export function parseCatalogItem(text: string, file: string): { ok: true; item: CatalogItem } | { ok: false; error: CatalogLoadError } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // editors on Windows add a BOM
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const where = jsonErrorWhere(source, detail);
    return { ok: false, error: refusal(file, [{ field: null, zh: `不是有效的 JSON${where.zh}：${detail}`, en: `not valid JSON${where.en}: ${detail}` }]) };
  }
  const parsed = CatalogItemSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { ok: false, error: refusal(file, parsed.error.issues.flatMap(problemsOf)) };
  return { ok: true, item: parsed.data };
}

/**
 * Reads every `*.json` in `dir` (in file-name order), validates each against the catalogue schema, and returns the
 * items that passed with an error for each file that did not. A code already taken by an earlier file is refused.
 */
export async function loadCatalog(dir: string): Promise<LoadedCatalog> {
  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    names = entries
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && e.name.toLowerCase().endsWith('.json'))
      .map((e) => e.name)
      .sort();
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { items: [], errors: [{ file: dir, message: `无法读取违法事项目录文件夹 ${dir}：${detail} / cannot read the catalogue folder ${dir}: ${detail}` }] };
  }

  const items: CatalogItem[] = [];
  const errors: CatalogLoadError[] = [];
  const codeOwner = new Map<string, string>();
  for (const name of names) {
    let text: string;
    try {
      text = await readFile(join(dir, name), 'utf8');
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      errors.push(refusal(name, [{ field: null, zh: `无法读取文件：${detail}`, en: `cannot read the file: ${detail}` }]));
      continue;
    }
    const result = parseCatalogItem(text, name);
    if (!result.ok) {
      errors.push(result.error);
      continue;
    }
    const owner = codeOwner.get(result.item.code);
    if (owner !== undefined) {
      errors.push(
        refusal(name, [
          { field: 'code', zh: `代码「${result.item.code}」已由 ${owner} 使用，代码不能重复`, en: `code "${result.item.code}" is already used by ${owner}; codes must be unique` },
        ]),
      );
      continue;
    }
    codeOwner.set(result.item.code, name);
    items.push(result.item);
  }
  return { items, errors };
}
