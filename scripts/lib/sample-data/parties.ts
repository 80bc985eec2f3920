// The parties of the sample district: shops along the streets (ground truth in WGS-84), the market-regulation
// registry entries behind them (市场主体登记), the street-management system's merchant records (临街商户) and office
// companies that have no shop front. Includes the sample case's party — 老王水果店 on 解放南路 — and its
// neighbours, placed by hand around the capture position.

import { dayNumber, fromDayNumber } from './dates';
import { distanceM, offsetM, toGcj } from './geo';
import type { LonLat } from './geo';
import type { Grid, GridModel } from './grids';
import { makeUscc } from './ids';
import { at } from './prng';
import type { Rng } from './prng';
import {
  brandWord, COMMUNITIES, FLEET_INDUSTRIES, GENERIC_SIGNS, mobile, OFFICE_BUILDINGS, OFFICE_INDUSTRIES, personName,
  pickTrade, RESERVED_NAMES, signPrefix, surnameOf,
} from './names';
import type { Trade } from './names';
import { alongM, clearOfCorners, houseNumber, moveAlong, pointOn, streetById, STREETS } from './streets';
import type { Street } from './streets';

/** Position of the sample fixed camera (GPS of resources/sample/captures/cam-0612-0915.jpg), WGS-84. */
export const CAPTURE: LonLat = [121.420768, 28.656462];
/** No generated shop or registry position comes closer to the capture than this, except the hand-placed ones. */
const CLEAR_RADIUS_M = 90;

export type Status = '存续' | '在业' | '注销' | '吊销';
export type EntityKind = '个体' | 'company' | 'branch' | 'office';

export interface Entity {
  uscc: string;
  name: string;
  type: string;
  rep: string;
  address: string;
  status: Status;
  established: string;
  /** Coordinates as exported (WGS-84, geocoded: a few metres off the premises), or none. */
  coord: LonLat | null;
  /** Ground truth. */
  premises: LonLat;
  kind: EntityKind;
  industry?: string;
}

export interface Merchant {
  id: string;
  sign: string;
  address: string;
  /** As exported: GCJ-02, or null when the record has none. */
  gcj: LonLat | null;
  manager: string;
  phone: string;
  uscc: string;
  grid: string;
  /** Ground truth (WGS-84). */
  premises: LonLat;
  entity: Entity | null;
  street: string;
  number: number;
}

export interface Designated {
  role: 'party' | 'neighbour';
  merchant: Merchant;
  entity: Entity | null;
  grid: Grid;
  distanceToCaptureM: number;
}

export interface Parties {
  entities: Entity[];
  merchants: Merchant[];
  designated: Designated[];
  usedUscc: Set<string>;
}

const SHOP_COUNT = 2985;
const OFFICE_COUNT = 220;
const UNREGISTERED_SHARE = 0.24;

interface Chain {
  hq: string;
  sign: string;
  trade: string;
  share: number;
  suffix: string;
}

const CHAINS: readonly Chain[] = [
  { hq: '台州市康泰医药连锁有限公司', sign: '康泰大药房', trade: 'pharmacy', share: 0.5, suffix: '分店' },
  { hq: '台州惠民大药房连锁有限公司', sign: '惠民大药房', trade: 'pharmacy', share: 0.35, suffix: '店' },
  { hq: '台州市邻家优选商贸有限公司', sign: '邻家优选便利店', trade: 'convenience', share: 0.15, suffix: '店' },
  { hq: '台州市麦香坊食品有限公司', sign: '麦香坊', trade: 'bakery', share: 0.4, suffix: '分店' },
  { hq: '台州市果多多农业发展有限公司', sign: '果多多水果', trade: 'fruit', share: 0.08, suffix: '店' },
  { hq: '台州市明视眼镜有限公司', sign: '明视眼镜', trade: 'glasses', share: 0.5, suffix: '店' },
];

// The sample case's people and signs: nobody else gets them.
const PARTY = { sign: '老王水果店', name: '椒江区老王水果店', rep: '王建国', established: '2015-03-02', status: '存续' as Status };
const NEIGHBOURS = [
  { sign: '好邻居便利店', name: '椒江区好邻居便利店', rep: '陈美玲', established: '2019-08-16', status: '在业' as Status, premises: [121.42088, 28.656714] as LonLat },
  { sign: '阿强理发店', name: '椒江阿强理发店', rep: '林志强', established: '2012-05-09', status: '存续' as Status, premises: [121.420878, 28.656121] as LonLat },
  { sign: '永和早餐', name: null, rep: '李秀英', established: '', status: '存续' as Status, premises: [121.42074, 28.65692] as LonLat },
] as const;
const PARTY_PREMISES: LonLat = [121.42088, 28.65648];
const RESERVED_SIGNS = new Set<string>([PARTY.sign, ...NEIGHBOURS.map((n) => n.sign)]);

/** The registry export's date: nothing in it was established later (except one deliberately bad row). */
export const EXPORT_DATE = '2026-05-31';

interface Slot {
  street: Street;
  v: number;
  side: number;
  premises: LonLat;
  weight: number;
}

function enumerateSlots(rng: Rng, grids: GridModel): Slot[] {
  const slots: Slot[] = [];
  for (const street of STREETS) {
    const count = Math.floor(alongM(street, street.from, street.to) / 8);
    for (let k = 0; k < count; k++) {
      const v = moveAlong(street, street.from, 8 * k + 4);
      if (!clearOfCorners(street, v)) continue;
      for (const sign of [-1, 1]) {
        const side = sign * (street.halfWidth + rng.float(1, 4));
        const premises = pointOn(street, v, side);
        if (distanceM(premises, CAPTURE) < CLEAR_RADIUS_M) continue;
        slots.push({ street, v, side, premises, weight: street.busy * (grids.streetAt(premises) ? 3 : 1) });
      }
    }
  }
  return slots;
}

function randomDate(rng: Rng, from: string, to: string): string {
  const a = dayNumber(from);
  const b = dayNumber(to);
  // Skewed towards recent dates: more businesses are young than old.
  return fromDayNumber(a + Math.floor(Math.sqrt(rng.next()) * (b - a)));
}

function geocoded(rng: Rng, p: LonLat, sigmaM: number): LonLat {
  const q = offsetM(p, rng.gauss() * sigmaM, rng.gauss() * sigmaM);
  return [Math.round(q[0] * 1e6) / 1e6, Math.round(q[1] * 1e6) / 1e6];
}

function merchantAddress(rng: Rng, street: string, n: number): string {
  return rng.weighted<string>([
    [`椒江区${street}${n}号`, 4],
    [`${street}${n}号`, 3],
    [`台州市椒江区${street}${n}号`, 2],
    [`${street}${n}号一楼`, 1],
  ]);
}

function registryAddress(rng: Rng, sub: string, street: string, n: number): string {
  // A few registrations carry a neighbouring number: premises renumbered or mistyped at registration.
  const num = rng.chance(0.04) ? Math.max(1, n + rng.pick([-2, 2])) : n;
  return rng.weighted<string>([
    [`浙江省台州市椒江区${sub}${street}${num}号`, 5],
    [`台州市椒江区${street}${num}号`, 3],
    [`浙江省台州市椒江区${street}${num}号（自主申报）`, 1],
    [`浙江省台州市椒江区${sub}${street}${num}-1号`, 1],
  ]);
}

function status(rng: Rng, kind: EntityKind): Status {
  if (kind === '个体') return rng.weighted<Status>([['在业', 45], ['存续', 40], ['注销', 11], ['吊销', 4]]);
  if (kind === 'office') return rng.weighted<Status>([['存续', 80], ['注销', 12], ['吊销', 8]]);
  return rng.weighted<Status>([['存续', 85], ['在业', 3], ['注销', 8], ['吊销', 4]]);
}

function establishedFor(rng: Rng, s: Status): string {
  return s === '注销' || s === '吊销' ? randomDate(rng, '2001-01-01', '2022-12-31') : randomDate(rng, '2003-01-01', '2026-05-20');
}

export function buildParties(rng: Rng, grids: GridModel): Parties {
  RESERVED_NAMES.add(PARTY.rep);
  for (const n of NEIGHBOURS) RESERVED_NAMES.add(n.rep);

  const usedUscc = new Set<string>();
  const usedNames = new Set<string>();
  const newUscc = (category: '1' | '2', established: string, division = '331002'): string => {
    for (;;) {
      const style = category === '2' || established >= '2015-10-01' ? 'ma' : 'org';
      const code = makeUscc(rng, { category, division, style });
      if (!usedUscc.has(code)) {
        usedUscc.add(code);
        return code;
      }
    }
  };
  const subdistrictName = (p: LonLat): string => {
    const g = grids.subdistrictAt(p);
    if (!g) throw new Error(`no 街道 at ${p.join(',')}`);
    return g.name;
  };
  const gridFor = (p: LonLat): Grid => {
    const g = grids.streetAt(p) ?? grids.zoneAt(p);
    if (!g) throw new Error(`no grid at ${p.join(',')}`);
    return g;
  };

  const entities: Entity[] = [];
  const merchants: Merchant[] = [];
  const designated: Designated[] = [];

  // --- the sample party and its neighbours, by hand ---
  const jiefang = streetById('jiefang');
  const place = (premises: LonLat): { street: string; number: number; sub: string; grid: Grid } => {
    const side = (premises[0] - jiefang.at) * 1e5; // sign only
    const hn = houseNumber(jiefang, premises[1], side);
    return { ...hn, sub: subdistrictName(premises), grid: gridFor(premises) };
  };
  const handPlaced = [
    { ...PARTY, premises: PARTY_PREMISES, role: 'party' as const, phone: '13857661208', manager: PARTY.rep },
    ...NEIGHBOURS.map((n) => ({ ...n, role: 'neighbour' as const, phone: mobile(rng), manager: n.rep })),
  ];
  for (const h of handPlaced) {
    const where = place(h.premises);
    let entity: Entity | null = null;
    if (h.name) {
      usedNames.add(h.name);
      entity = {
        uscc: newUscc('2', h.established),
        name: h.name,
        type: '个体工商户',
        rep: h.rep,
        address: `浙江省台州市椒江区${where.sub}${where.street}${where.number}号`,
        status: h.status,
        established: h.established,
        coord: geocoded(rng, h.premises, 1),
        premises: h.premises,
        kind: '个体',
      };
      entities.push(entity);
    }
    const merchant: Merchant = {
      id: '',
      sign: h.sign,
      address: `椒江区${where.street}${where.number}号`,
      gcj: toGcj(h.premises),
      manager: h.manager,
      phone: h.phone,
      uscc: entity?.uscc ?? '',
      grid: where.grid.code,
      premises: h.premises,
      entity,
      street: where.street,
      number: where.number,
    };
    merchants.push(merchant);
    designated.push({ role: h.role, merchant, entity, grid: where.grid, distanceToCaptureM: distanceM(h.premises, CAPTURE) });
  }

  // --- shops along the streets ---
  const slots = enumerateSlots(rng, grids);
  const order = slots.map((s) => ({ s, key: -Math.log(1 - rng.next()) / s.weight })).sort((a, b) => a.key - b.key);
  const used = new Set<Slot>();
  const branchCount = new Map<string, number>();

  const uniqueName = (make: () => string, fallback: (n: string) => string): string => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const n = make();
      if (!usedNames.has(n)) {
        usedNames.add(n);
        return n;
      }
    }
    for (let k = 2; ; k++) {
      const n = fallback(String(k));
      if (!usedNames.has(n)) {
        usedNames.add(n);
        return n;
      }
    }
  };

  const registeredShop = (trade: Trade, slot: Slot, where: { street: string; number: number; sub: string }): { entity: Entity; sign: string; manager: string } => {
    const chain = CHAINS.find((c) => c.trade === trade.key && rng.chance(c.share));
    const kind: EntityKind = chain ? 'branch' : rng.chance(trade.companyShare) ? 'company' : '个体';
    const st = status(rng, kind);
    const established = establishedFor(rng, st);
    const owner = personName(rng);
    let name: string;
    let sign: string;
    let type: string;
    if (chain) {
      const n = (branchCount.get(`${chain.hq}${where.street}`) ?? 0) + 1;
      branchCount.set(`${chain.hq}${where.street}`, n);
      name = uniqueName(() => `${chain.hq}椒江${where.street}${n > 1 ? '第' + n : ''}${chain.suffix}`, (k) => `${chain.hq}椒江${where.street}${k}${chain.suffix}`);
      sign = chain.sign;
      type = '有限责任公司分公司（自然人投资或控股）';
    } else if (kind === 'company') {
      const brand = brandWord(rng);
      name = uniqueName(
        () => `${rng.chance(0.75) ? '台州市椒江' : '台州'}${brandWord(rng)}${trade.industry}有限公司`,
        (k) => `台州市椒江${brand}${trade.industry}${k}有限公司`,
      );
      const brandInName = name.replace(/^台州(市椒江)?/, '').slice(0, 2);
      sign = `${brandInName}${rng.pick(trade.signs)}`;
      type = rng.chance(0.5) ? '有限责任公司（自然人独资）' : '有限责任公司（自然人投资或控股）';
    } else {
      let prefix = signPrefix(rng, owner.name);
      while (trade.key === 'fruit' && prefix === '老王') prefix = signPrefix(rng, owner.name);
      sign = `${prefix}${rng.pick(trade.signs)}`;
      // Most registered names repeat the sign's 字号; some were registered under another one.
      const regPrefix = rng.chance(0.85) ? prefix : brandWord(rng);
      const area = rng.weighted<string>([['椒江区', 4], ['台州市椒江区', 3], ['椒江', 2], [`椒江${where.sub.replace('街道', '')}`, 2]]);
      name = uniqueName(() => `${area}${regPrefix}${trade.registered}`, (k) => `${area}${where.street}${regPrefix}${trade.registered}${k === '2' ? '' : k}`);
      type = '个体工商户';
    }
    const alive = st === '存续' || st === '在业';
    const entity: Entity = {
      uscc: newUscc(kind === '个体' ? '2' : '1', established, kind === 'company' && rng.chance(0.05) ? '331000' : '331002'),
      name,
      type,
      rep: owner.name,
      address: registryAddress(rng, where.sub, where.street, where.number),
      status: st,
      established,
      coord: rng.chance(alive ? 0.62 : 0.35) ? geocoded(rng, slot.premises, 6) : null,
      premises: slot.premises,
      kind,
    };
    const manager = kind === '个体' ? (rng.chance(0.85) ? owner.name : personName(rng, rng.chance(0.5) ? 'male' : 'female').name.replace(/^./, surnameOf(owner.name))) : personName(rng).name;
    return { entity, sign, manager };
  };

  let placed = 0;
  for (const { s: slot } of order) {
    if (placed >= SHOP_COUNT) break;
    const gcj = toGcj(offsetM(slot.premises, rng.gauss() * 1.2, rng.gauss() * 1.2));
    const truthGrid = gridFor(slot.premises);
    const seenGrid = grids.streetAtGcj(gcj) ?? grids.zoneAtGcj(gcj);
    // A shop within a metre or two of a 片区 border could fall on the other side once noise is added: skip it.
    if (seenGrid?.code !== truthGrid.code) continue;
    used.add(slot);
    placed++;
    const hn = houseNumber(slot.street, slot.v, slot.side);
    const where = { ...hn, sub: subdistrictName(slot.premises) };
    let sign: string;
    let manager: string;
    let entity: Entity | null = null;
    if (rng.chance(UNREGISTERED_SHARE)) {
      const owner = personName(rng).name;
      const trade = pickTrade(rng);
      sign = rng.chance(0.3) ? rng.pick(GENERIC_SIGNS) : `${signPrefix(rng, owner)}${rng.pick(trade.signs)}`;
      manager = owner;
    } else {
      const r = registeredShop(pickTrade(rng), slot, where);
      ({ entity, sign, manager } = r);
      entities.push(entity);
    }
    if (RESERVED_SIGNS.has(sign)) sign = rng.pick(GENERIC_SIGNS);
    merchants.push({
      id: '',
      sign,
      address: merchantAddress(rng, where.street, where.number),
      gcj,
      manager,
      phone: mobile(rng),
      // A few registered shops were recorded without their code.
      uscc: entity && rng.chance(0.97) ? entity.uscc : '',
      grid: truthGrid.code,
      premises: slot.premises,
      entity,
      street: where.street,
      number: where.number,
    });
  }
  if (placed < SHOP_COUNT) throw new Error('not enough shop slots');

  // --- office companies: no shop front; addresses in office buildings or homes ---
  const free = order.map((o) => o.s).filter((s) => !used.has(s) && s.street.halfWidth >= 10);
  const buildings = OFFICE_BUILDINGS.map((name, i) => {
    const slot = at(free, (i * 97) % free.length);
    const premises = pointOn(slot.street, slot.v, Math.sign(slot.side) * (slot.street.halfWidth + 20));
    return { name, premises, ...houseNumber(slot.street, slot.v, slot.side), sub: subdistrictName(premises) };
  });
  const communities = COMMUNITIES.map((name, i) => {
    const slot = at(free, (i * 131 + 17) % free.length);
    const premises = pointOn(slot.street, slot.v, Math.sign(slot.side) * (slot.street.halfWidth + 90));
    return { name, premises, sub: subdistrictName(premises) };
  });
  const fleet = [...FLEET_INDUSTRIES];
  const offices: { name: string; industry: string; established?: string; status?: Status }[] = [
    ...CHAINS.map((c) => ({ name: c.hq, industry: '连锁经营', established: randomDate(rng, '2006-01-01', '2016-12-31'), status: '存续' as Status })),
  ];
  for (let i = 0; i < OFFICE_COUNT; i++) {
    const industry = i < 25 ? at(fleet, i % fleet.length) : rng.pick(OFFICE_INDUSTRIES);
    const sole = rng.chance(0.08);
    const brand = brandWord(rng);
    const name = uniqueName(
      () => (sole ? `台州市椒江${brandWord(rng)}${industry}经营部` : `${rng.weighted<string>([['台州市椒江', 7], ['台州', 2], ['浙江', 1]])}${brandWord(rng)}${industry}有限公司`),
      (k) => `台州市椒江${brand}${industry}${k}有限公司`,
    );
    offices.push({ name, industry, ...(i < 25 ? { status: '存续' as Status } : {}) });
  }
  for (const o of offices) {
    const st = o.status ?? status(rng, 'office');
    const established = o.established ?? establishedFor(rng, st);
    const sole = o.name.endsWith('经营部');
    const type = sole
      ? '个人独资企业'
      : rng.weighted<string>([['有限责任公司（自然人独资）', 40], ['有限责任公司（自然人投资或控股）', 50], ['股份有限公司（非上市、自然人投资或控股）', 4]]);
    let address: string;
    let premises: LonLat;
    if (rng.chance(0.7)) {
      const b = rng.pick(buildings);
      const floor = rng.int(2, 26);
      address = `浙江省台州市椒江区${b.sub}${b.street}${b.number}号${b.name}${floor}${String(rng.int(1, 18)).padStart(2, '0')}室${rng.chance(0.2) ? '（仅限办公使用）' : ''}`;
      premises = b.premises;
    } else {
      const c = rng.pick(communities);
      address = `浙江省台州市椒江区${c.sub}${c.name}${rng.int(1, 36)}幢${rng.int(1, 3)}单元${rng.int(1, 18)}0${rng.int(1, 4)}室`;
      premises = c.premises;
    }
    entities.push({
      uscc: newUscc('1', established, rng.chance(0.06) ? '331000' : '331002'),
      name: o.name,
      type,
      rep: personName(rng).name,
      address,
      status: st,
      established,
      coord: rng.chance(0.5) ? geocoded(rng, premises, 8) : null,
      premises,
      kind: 'office',
      industry: o.industry,
    });
  }

  for (const e of entities) {
    if (e.established > EXPORT_DATE) throw new Error(`${e.name} established after the export`);
  }
  return { entities, merchants, designated, usedUscc };
}
