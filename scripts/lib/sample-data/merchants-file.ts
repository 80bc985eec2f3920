// street-merchants.csv: the street-management system's 临街商户 records (GCJ-02), with a dozen deliberately bad rows.

import { distanceM, fmt6, offsetM, toGcj } from './geo';
import type { GridModel } from './grids';
import { breakUsccCheck, makeUscc } from './ids';
import { mobile, personName, pickTrade, signPrefix } from './names';
import { CAPTURE } from './parties';
import type { Merchant, Parties } from './parties';
import { at } from './prng';
import type { Rng } from './prng';
import type { BadNote, Row, Table } from './table';

export const MERCHANT_HEADER = ['商户编号', '店招名称', '地址', '经度', '纬度', '负责人', '联系电话', '统一社会信用代码', '所属网格'] as const;

export const merchantId = (n: number): string => `JJSH${String(n).padStart(6, '0')}`;

function cellsOf(m: Merchant): string[] {
  return [m.id, m.sign, m.address, m.gcj ? fmt6(m.gcj[0]) : '', m.gcj ? fmt6(m.gcj[1]) : '', m.manager, m.phone, m.uscc, m.grid];
}

export function merchantsTable(rng: Rng, parties: Parties, grids: GridModel): { table: Table; merchants: Merchant[] } {
  const far = (m: Merchant): boolean => distanceM(m.premises, CAPTURE) > 300;
  const freshUscc = (category: '1' | '2'): string => {
    for (;;) {
      const code = makeUscc(rng, { category, division: '331002', style: 'ma' });
      if (!parties.usedUscc.has(code)) {
        parties.usedUscc.add(code);
        return code;
      }
    }
  };
  /** A second shop in the building of an existing one (its number with -1), with its own sign and manager. */
  const annexOf = (host: Merchant, uscc: string): Merchant => {
    const premises = offsetM(host.premises, 2, 2);
    const owner = personName(rng).name;
    return {
      id: '',
      sign: `${signPrefix(rng, owner)}${rng.pick(pickTrade(rng).signs)}`,
      address: `椒江区${host.street}${host.number}-1号`,
      gcj: toGcj(premises),
      manager: owner,
      phone: mobile(rng),
      uscc,
      grid: host.grid,
      premises,
      entity: null,
      street: host.street,
      number: host.number,
    };
  };

  const pool = parties.merchants.filter(far);
  const notes = new Map<Merchant, BadNote>();
  const unregistered = pool.filter((m) => !m.entity);
  const linked = pool.filter((m) => m.entity && m.uscc);

  const extra1 = annexOf(at(unregistered, 11), freshUscc('2'));
  notes.set(extra1, { field: '统一社会信用代码', problem: `USCC ${extra1.uscc} is valid but not in business-registry.csv`, expect: 'warning only: the shop is kept, its registration cannot be confirmed from this registry export' });
  const extra2 = annexOf(at(unregistered, 57), freshUscc('1'));
  notes.set(extra2, { field: '统一社会信用代码', problem: `USCC ${extra2.uscc} (a company code) is valid but not in business-registry.csv`, expect: 'warning only (as above)' });

  const all = rng.shuffle([...parties.merchants, extra1, extra2]);
  all.forEach((m, i) => {
    m.id = merchantId(i + 1);
  });

  // Modify existing records; each victim is far from the sample case.
  const victims = rng.shuffle(unregistered.slice(100));
  let v = 0;
  const next = (): Merchant => at(victims, v++);
  {
    const m = next();
    notes.set(m, { field: '店招名称', problem: `empty 店招名称 (was 「${m.sign}」)`, expect: 'row rejected (店招名称 is required)' });
    m.sign = '';
  }
  const overrides = new Map<Merchant, string[]>();
  {
    const m = next();
    const c = cellsOf(m);
    overrides.set(m, [...c.slice(0, 3), at(c, 4), at(c, 3), ...c.slice(5)]);
    notes.set(m, { field: '经度/纬度', problem: `经度 and 纬度 swapped (经度 ${at(c, 4)}, 纬度 ${at(c, 3)})`, expect: 'coordinates rejected (纬度 out of range); hint that they look swapped' });
  }
  {
    const m = next();
    const phone = m.phone.slice(0, 10);
    notes.set(m, { field: '联系电话', problem: `phone ${phone} has 10 digits`, expect: 'warning (optional field; value dropped)' });
    m.phone = phone;
  }
  {
    const m = at(linked.filter((x) => !notes.has(x)), 33);
    const wrong = breakUsccCheck(m.uscc);
    notes.set(m, { field: '统一社会信用代码', problem: `wrong check character: ${wrong} (registry has ${m.uscc})`, expect: 'warning (optional field; value dropped, so the shop is not linked to its registration)' });
    m.uscc = wrong;
  }
  {
    const m = next();
    notes.set(m, { field: '经度/纬度', problem: 'a point in Hangzhou (120.155, 30.274), ~250 km outside the district', expect: 'coordinates rejected (outside the jurisdiction)' });
    m.gcj = [120.155123, 30.274456];
  }
  {
    const m = next();
    notes.set(m, { field: '经度/纬度', problem: 'no coordinates (both empty)', expect: 'accepted without a position (only address matching can find it)' });
    m.gcj = null;
  }
  {
    const m = next();
    notes.set(m, { field: '所属网格', problem: '所属网格 331002004001001 is not in grids.geojson (no 街道 004)', expect: 'warning: unknown grid code' });
    m.grid = '331002004001001';
  }
  {
    const m = next();
    // Not the sample case's 片区: a query for the party's grid should not meet this row.
    const sampleZones = new Set(parties.designated.map((d) => d.grid.parentCode));
    const elsewhere = grids.streets.find((s) => s.parentCode?.slice(0, 9) !== m.grid.slice(0, 9) && !sampleZones.has(s.parentCode));
    if (!elsewhere) throw new Error('no grid elsewhere');
    notes.set(m, { field: '所属网格', problem: `所属网格 ${elsewhere.code} (${elsewhere.name}) is in another 街道: the point lies in ${m.grid}`, expect: 'warning: the position is not inside the declared grid' });
    m.grid = elsewhere.code;
  }
  {
    const m = next();
    notes.set(m, { field: '经度/纬度', problem: 'coordinates 0,0', expect: 'coordinates rejected (0,0 means missing)' });
    m.gcj = [0, 0];
  }

  const rows: Row[] = all.map((m) => {
    const note = notes.get(m);
    return { cells: overrides.get(m) ?? cellsOf(m), ...(note ? { bad: note } : {}) };
  });

  // A second shop under an id already taken, entered later.
  const original = all.slice(1234).find((m) => far(m) && !notes.has(m));
  if (!original) throw new Error('no merchant to duplicate');
  const dup = annexOf(original, '');
  dup.id = original.id;
  const at1 = rng.int(2000, rows.length - 1);
  rows.splice(at1, 0, {
    cells: cellsOf(dup),
    bad: { field: '商户编号', problem: `duplicate 商户编号 ${original.id}: also used by 「${original.sign}」 ({ref}), a different shop`, expect: 'duplicate key: this row rejected (or both), reported' },
    ref: { column: 0, value: original.id },
  });
  return { table: { header: MERCHANT_HEADER, rows }, merchants: [...all, dup] };
}
