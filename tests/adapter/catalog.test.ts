// The violation catalogue: the five bundled items load cleanly with their legal references, and a folder with bad
// files still loads its good items while naming each bad file and the offending field, in Chinese and English.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogItem } from '../../electron/core/chain/catalog';
import { suggestTier } from '../../electron/core/chain/discretion';
import { catalogDir, loadCatalog, parseCatalogItem } from '../../electron/main/catalog/load-catalog';
import { resourcesDir } from '../../electron/main/resources-dir';
import { tempDir } from '../helpers/temp';

const ZJ = '浙江省城市市容和环境卫生管理条例（2021）';
const ROADS = '城市道路管理条例（国务院令第198号，2019修订）';
const WASTE = '城市建筑垃圾管理规定（建设部令第139号，2005）';

/** What each bundled item must cite and allow. */
const EXPECTED: Record<string, {
  illegal: [string, string][];
  penalty: [string, string][];
  range: [number, number];
  orderFirst: boolean;
  kinds: string[];
}> = {
  'shop-outside-business': { illegal: [[ZJ, '第十七条第一款']], penalty: [[ZJ, '第十七条']], range: [100, 1000], orderFirst: true, kinds: ['merchant', 'business'] },
  'material-piling': { illegal: [[ZJ, '第十二条']], penalty: [[ZJ, '第十二条']], range: [200, 3000], orderFirst: true, kinds: ['merchant', 'business'] },
  'outdoor-advertising': { illegal: [[ZJ, '第十八条']], penalty: [[ZJ, '第十八条']], range: [1000, 10000], orderFirst: true, kinds: ['merchant', 'business'] },
  'construction-waste-spill': { illegal: [[ZJ, '第二十八条'], [WASTE, '第十四条']], penalty: [[WASTE, '第二十三条']], range: [5000, 50000], orderFirst: false, kinds: ['vehicle', 'business'] },
  'road-occupation': { illegal: [[ROADS, '第二十七条第（一）项'], [ROADS, '第三十条']], penalty: [[ROADS, '第四十二条']], range: [0, 20000], orderFirst: false, kinds: ['merchant', 'business'] },
};

describe('the bundled catalogue', () => {
  let items: CatalogItem[];
  beforeAll(async () => {
    const loaded = await loadCatalog(catalogDir());
    expect(loaded.errors).toEqual([]);
    items = loaded.items;
  });

  it('lives in resources/catalog', () => {
    expect(catalogDir()).toBe(join(resourcesDir(), 'catalog'));
  });

  it('loads the five items, each from <code>.json', () => {
    expect(items.map((i) => i.code).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const item of items) {
      const raw = JSON.parse(readFileSync(join(catalogDir(), `${item.code}.json`), 'utf8')) as { code: string };
      expect(raw.code).toBe(item.code);
    }
  });

  it.each(Object.entries(EXPECTED))('%s cites its legal and penalty basis', (code, want) => {
    const item = items.find((i) => i.code === code) as CatalogItem;
    for (const [law, article] of want.illegal) expect(item.illegalBasis).toContainEqual(expect.objectContaining({ law, article }));
    for (const [law, article] of want.penalty) expect(item.penaltyBasis).toContainEqual(expect.objectContaining({ law, article }));
    expect([item.penalty.minYuan, item.penalty.maxYuan]).toEqual(want.range);
    expect(item.correctionOrderRequired).toBe(want.orderFirst);
    expect(item.rules.procedure.recaptureAfterDeadline).toBe(want.orderFirst);
    expect(item.rules.procedure.factsNotice).toBe(true);
    expect(item.rules.party.kinds).toEqual(want.kinds);
  });

  it('marks every provision of the Zhejiang regulation as a gist (要旨), since its text was not checked verbatim', () => {
    for (const item of items) {
      for (const ref of [...item.illegalBasis, ...item.penaltyBasis].filter((r) => r.law === ZJ)) {
        expect(ref.text.startsWith('（要旨）'), `${item.code} ${ref.article}`).toBe(true);
      }
    }
  });

  it('orders tiers from 首违不罚 to 较重, with example benchmarks that say they must be replaced (Art. 34)', () => {
    for (const item of items) {
      expect(item.tiers.map((t) => t.name)).toEqual(['首违不罚', '较轻', '一般', '较重']);
      const exempt = item.tiers[0] as CatalogItem['tiers'][number];
      expect([exempt.minYuan, exempt.maxYuan]).toEqual([0, 0]);
      expect(exempt.basis).toContain('第三十三条第一款');
      for (const tier of item.tiers.slice(1)) {
        expect(tier.basis).toContain('示例');
        expect(tier.basis).toContain('第三十四条');
      }
    }
  });

  it('gives every combination of facts a tier, and 首违不罚 only to a corrected first violation', () => {
    for (const item of items) {
      for (const firstViolation of [true, false]) {
        for (const corrected of [true, false, null]) {
          const { tier } = suggestTier(item, { priorCaseIds: firstViolation ? [] : ['earlier'], firstViolation, corrected });
          expect(tier, `${item.code} first=${firstViolation} corrected=${corrected}`).not.toBeNull();
          expect(tier?.id === 'exempt-first').toBe(firstViolation && corrected === true);
        }
      }
    }
  });

  it('asks for two captures 30 minutes apart for continuing acts, and one for a spill', () => {
    for (const item of items) {
      const want = item.code === 'construction-waste-spill' ? [1, 0] : [2, 30];
      expect([item.rules.act.minCaptures, item.rules.act.minGapMinutes]).toEqual(want);
    }
  });
});

describe('a catalogue folder with bad files', () => {
  let tmp: ReturnType<typeof tempDir>;
  const bundled = (code: string): Record<string, unknown> =>
    JSON.parse(readFileSync(join(catalogDir(), `${code}.json`), 'utf8')) as Record<string, unknown>;
  const write = (name: string, value: unknown): void => writeFileSync(join(tmp.path, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));

  beforeAll(() => {
    tmp = tempDir('casechain-catalog-');
    write('shop-outside-business.json', bundled('shop-outside-business'));
    write('material-piling.json', bundled('material-piling'));
    write('README.md', 'not a catalogue item');

    write('broken.json', '{\n  "code": "broken",\n  "name": "缺括号"\n  "nameEn": "missing comma"\n}');

    const missing: Record<string, unknown> = { ...bundled('road-occupation'), code: 'missing-field' };
    delete missing['nameEn'];
    write('missing-field.json', missing);

    const outside = bundled('shop-outside-business') as unknown as CatalogItem;
    outside.code = 'tier-outside';
    (outside.tiers[1] as CatalogItem['tiers'][number]).maxYuan = 5000;
    write('tier-outside.json', outside);

    write('second-piling.json', bundled('material-piling'));

    const unknown = bundled('outdoor-advertising') as unknown as { code: string; rules: { place: Record<string, unknown> } };
    unknown.code = 'unknown-key';
    unknown.rules.place['radius'] = 50;
    write('unknown-key.json', unknown);
  });
  afterAll(() => tmp.cleanup());

  it('loads the good items and refuses each bad file by name, with the field', async () => {
    const { items, errors } = await loadCatalog(tmp.path);
    expect(items.map((i) => i.code)).toEqual(['material-piling', 'shop-outside-business']);
    expect(errors.map((e) => e.file).sort()).toEqual(['broken.json', 'missing-field.json', 'second-piling.json', 'tier-outside.json', 'unknown-key.json']);
    const message = (file: string): string => errors.find((e) => e.file === file)?.message ?? '';

    expect(message('broken.json')).toMatch(/broken\.json/);
    expect(message('broken.json')).toContain('不是有效的 JSON（第 4 行');
    expect(message('broken.json')).toContain('not valid JSON (line 4');

    expect(message('missing-field.json')).toContain('字段 nameEn：缺少必填字段');
    expect(message('missing-field.json')).toContain('field nameEn: required field is missing');

    expect(message('tier-outside.json')).toContain('字段 tiers[1].maxYuan：');
    expect(message('tier-outside.json')).toContain('超过法定罚款上限 1000 元');
    expect(message('tier-outside.json')).toContain('above the legal maximum 1000 yuan');

    expect(message('second-piling.json')).toContain('字段 code：');
    expect(message('second-piling.json')).toContain('material-piling.json');
    expect(message('second-piling.json')).toContain('codes must be unique');

    expect(message('unknown-key.json')).toContain('字段 rules.place.radius：未知字段');
    expect(message('unknown-key.json')).toContain('field rules.place.radius: unknown field');

    for (const e of errors) expect(e.message).toContain(`catalogue file ${e.file} was not loaded`);
  });

  it('reports a folder that does not exist instead of throwing', async () => {
    const dir = join(tmp.path, 'nowhere');
    const { items, errors } = await loadCatalog(dir);
    expect(items).toEqual([]);
    expect(errors).toEqual([{ file: dir, message: expect.stringContaining('cannot read the catalogue folder') }]);
  });
});

describe('parseCatalogItem', () => {
  const shop = (): CatalogItem => JSON.parse(readFileSync(join(catalogDir(), 'shop-outside-business.json'), 'utf8')) as CatalogItem;
  const refused = (item: unknown): string => {
    const r = parseCatalogItem(typeof item === 'string' ? item : JSON.stringify(item), 'x.json');
    return r.ok ? '' : r.error.message;
  };

  it('accepts a file that starts with a byte-order mark', () => {
    expect(parseCatalogItem(`\ufeff${JSON.stringify(shop())}`, 'x.json').ok).toBe(true);
  });

  it('refuses a code that is not lower-case letters, digits and hyphens', () => {
    expect(refused({ ...shop(), code: 'Shop Outside' })).toContain('字段 code：格式不符');
  });

  it('refuses repeated tier ids, reversed ranges and a re-capture without an order to correct', () => {
    const twice = shop();
    (twice.tiers[2] as CatalogItem['tiers'][number]).id = 'lighter';
    expect(refused(twice)).toContain('field tiers[2].id: tier id "lighter" repeats tier 2');

    const reversed = shop();
    reversed.penalty.minYuan = 2000;
    expect(refused(reversed)).toContain('field penalty.maxYuan: the maximum 1000 yuan is below the minimum 2000 yuan');

    const noOrder = shop();
    noOrder.correctionOrderRequired = false;
    expect(refused(noOrder)).toContain('field rules.procedure.recaptureAfterDeadline:');
  });

  it('refuses an empty tier list and a wrong type, naming each field', () => {
    const message = refused({ ...shop(), tiers: [], correctionDays: '1' });
    expect(message).toContain('字段 tiers：至少需要 1 项');
    expect(message).toContain('field correctionDays: expected number, got string');
  });
});
