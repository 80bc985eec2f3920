// business-registry.csv: the market-regulation bureau's 市场主体登记 export, with a dozen deliberately bad rows.

import { distanceM, fmt6, round6 } from './geo';
import type { LonLat } from './geo';
import { breakUsccCheck, makeUscc } from './ids';
import { brandWord, personName, pickTrade } from './names';
import { CAPTURE, EXPORT_DATE } from './parties';
import type { Entity, Parties } from './parties';
import { at } from './prng';
import type { Rng } from './prng';
import { houseNumber, pointOn, STREETS } from './streets';
import type { BadNote, Row, Table } from './table';

export const REGISTRY_HEADER = ['统一社会信用代码', '名称', '类型', '法定代表人/经营者', '住所/经营场所', '登记状态', '成立日期', '经度', '纬度'] as const;

function coordCells(c: LonLat | null): [string, string] {
  return c ? [fmt6(c[0]), fmt6(c[1])] : ['', ''];
}

function cellsOf(e: Entity): string[] {
  return [e.uscc, e.name, e.type, e.rep, e.address, e.status, e.established, ...coordCells(e.coord)];
}

export function registryTable(rng: Rng, parties: Parties): Table {
  const sorted = [...parties.entities].sort((a, b) => a.established.localeCompare(b.established) || a.uscc.localeCompare(b.uscc));
  const rows: Row[] = sorted.map((e) => ({ cells: cellsOf(e) }));

  const freshUscc = (category: '1' | '2'): string => {
    for (;;) {
      const code = makeUscc(rng, { category, division: '331002', style: 'ma' });
      if (!parties.usedUscc.has(code)) {
        parties.usedUscc.add(code);
        return code;
      }
    }
  };
  const freshAddress = (): { address: string; coord: LonLat } => {
    for (;;) {
      const street = rng.pick(STREETS);
      const v = street.from + (street.to - street.from) * rng.float(0.1, 0.9);
      const side = rng.pick([-1, 1]) * (street.halfWidth + 2);
      const hn = houseNumber(street, v, side);
      const p = pointOn(street, v, side);
      if (distanceM(p, CAPTURE) < 300) continue;
      return { address: `台州市椒江区${hn.street}${hn.number}号`, coord: [round6(p[0]), round6(p[1])] };
    }
  };
  const names = new Set(sorted.map((e) => e.name));
  const freshName = (make: () => string): string => {
    for (;;) {
      const n = make();
      if (!names.has(n)) {
        names.add(n);
        return n;
      }
    }
  };
  /** A plausible new row: a 个体工商户 or a company nobody else refers to. */
  const fresh = (kind: '个体' | 'company', established: string): { cells: string[]; coord: LonLat } => {
    const { address, coord } = freshAddress();
    const rep = personName(rng).name;
    if (kind === '个体') {
      const trade = pickTrade(rng);
      return { cells: [freshUscc('2'), freshName(() => `椒江区${brandWord(rng)}${trade.registered}`), '个体工商户', rep, address, '在业', established, ...coordCells(coord)], coord };
    }
    const trade = pickTrade(rng);
    return { cells: [freshUscc('1'), freshName(() => `台州市椒江${brandWord(rng)}${trade.industry}有限公司`), '有限责任公司（自然人独资）', rep, address, '存续', established, ...coordCells(coord)], coord };
  };

  const offices = sorted.filter((e) => e.kind === 'office' && e.status === '存续');
  const bad: Row[] = [];
  const add = (cells: string[], note: BadNote, ref?: string): void => {
    bad.push({ cells, bad: note, ...(ref ? { ref: { column: 0, value: ref } } : {}) });
  };
  const reject = 'row rejected';

  {
    const r = fresh('个体', '2021-04-12');
    const good = at(r.cells, 0);
    r.cells[0] = breakUsccCheck(good);
    add(r.cells, { field: '统一社会信用代码', problem: `wrong check character: ${r.cells[0]} (should end in ${good.charAt(17)})`, expect: `${reject} (USCC is the key)` });
  }
  {
    const r = fresh('company', '2017-09-28');
    const good = at(r.cells, 0);
    r.cells[0] = breakUsccCheck(good);
    add(r.cells, { field: '统一社会信用代码', problem: `wrong check character: ${r.cells[0]} (should end in ${good.charAt(17)})`, expect: reject });
  }
  {
    const r = fresh('company', '2020-11-03');
    r.cells[0] = at(r.cells, 0).slice(0, 17);
    add(r.cells, { field: '统一社会信用代码', problem: `only 17 characters: ${r.cells[0]} (the check character is missing)`, expect: reject });
  }
  {
    const r = fresh('个体', '2022-06-30');
    const code = at(r.cells, 0);
    r.cells[0] = `${code.slice(0, 11)}O${code.slice(12)}`;
    add(r.cells, { field: '统一社会信用代码', problem: `letter O at position 12 (${r.cells[0]}): the code alphabet has no I O Z S V`, expect: reject });
  }
  {
    const r = fresh('个体', '2018-03-15');
    r.cells[1] = '';
    add(r.cells, { field: '名称', problem: 'empty 名称 (name)', expect: `${reject} (名称 is required)` });
  }
  {
    const original = at(offices, 40);
    const rep = personName(rng).name;
    const { address } = freshAddress();
    add([original.uscc, freshName(() => `台州市椒江${brandWord(rng)}贸易有限公司`), '有限责任公司（自然人独资）', rep, address, '存续', '2023-02-14', '', ''], {
      field: '统一社会信用代码',
      problem: `duplicate USCC ${original.uscc}: the same code as 「${original.name}」 ({ref}), but a different name, representative and address`,
      expect: 'duplicate key: reject this row (or both) and report the conflict; never merge the two',
    }, original.uscc);
  }
  {
    const original = at(offices, 90);
    add(cellsOf(original), {
      field: '统一社会信用代码',
      problem: `exact duplicate of {ref} (「${original.name}」, ${original.uscc})`,
      expect: 'duplicate key: the second copy is rejected (it is identical, so nothing is lost)',
    }, original.uscc);
  }
  {
    const r = fresh('个体', '2019-02-30');
    add(r.cells, { field: '成立日期', problem: '2019-02-30 is not a real date', expect: 'warning (optional field; value dropped)' });
  }
  {
    const r = fresh('company', '2026-09-15');
    add(r.cells, { field: '成立日期', problem: `2026-09-15 is after the export date ${EXPORT_DATE} (a date in the future)`, expect: 'warning: a business cannot be established after the export was made' });
  }
  {
    const r = fresh('个体', '2016-07-21');
    r.cells[7] = (r.coord[0] * 10).toFixed(5);
    add(r.cells, { field: '经度', problem: `经度 ${r.cells[7]}: decimal point slipped one place, out of range (> 180)`, expect: 'coordinates rejected (out of range)' });
  }
  {
    const r = fresh('company', '2014-12-09');
    r.cells[7] = fmt6(r.coord[1]);
    r.cells[8] = fmt6(r.coord[0]);
    add(r.cells, { field: '经度/纬度', problem: `经度 and 纬度 swapped (纬度 ${r.cells[8]} is out of range)`, expect: 'coordinates rejected; hint that they look swapped' });
  }
  {
    const r = fresh('个体', '2023-10-08');
    r.cells[7] = '0';
    r.cells[8] = '0';
    add(r.cells, { field: '经度/纬度', problem: 'coordinates 0,0 (the exporting system\'s "no value")', expect: 'coordinates rejected (0,0 means missing)' });
  }
  {
    const r = fresh('个体', '2018/7/5');
    add(r.cells, { field: '成立日期', problem: 'format variant, not an error: 2018/7/5 instead of 2018-07-05', expect: 'accepted and normalised to 2018-07-05 (no warning needed)' });
  }

  // Spread the bad rows through the file; the exact duplicate goes after its original.
  for (const b of bad) {
    const lowest = b.ref ? rows.findIndex((r) => r.cells[0] === b.ref?.value && !r.bad) + 1 : 1;
    rows.splice(rng.int(Math.min(lowest + 50, rows.length - 1), rows.length - 1), 0, b);
  }
  return { header: REGISTRY_HEADER, rows };
}
