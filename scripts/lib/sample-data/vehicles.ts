// vehicles.xlsx: a 机动车登记 extract (车管所). Owners are residents (18-digit ID) or companies of the business
// registry (USCC); a few rows are deliberately bad.

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { addDays } from './dates';
import { breakResidentIdCheck, largeNewEnergyPlate, makeResidentId, ordinaryPlate, smallNewEnergyPlate, withResidentIdCheck } from './ids';
import { COMMUNITIES, FLEET_INDUSTRIES, personName } from './names';
import type { Entity } from './parties';
import { at } from './prng';
import type { Rng } from './prng';
import { houseNumber, STREETS } from './streets';
import type { BadNote, Row, Table } from './table';

export const VEHICLE_HEADER = ['号牌号码', '号牌种类', '所有人', '证件号码', '住所'] as const;

const AREAS: readonly (readonly [string, number])[] = [
  ['331002', 40], ['331003', 8], ['331004', 10], ['331081', 10], ['331082', 10], ['331022', 4], ['331023', 4],
  ['331024', 4], ['331021', 4], ['330106', 2], ['330302', 2],
];
const SUBDISTRICT_NAMES = ['海门街道', '白云街道', '葭沚街道'] as const;
const PERSON_COUNT = 255;

export function vehiclesTable(rng: Rng, entities: readonly Entity[]): Table {
  const plates = new Set<string>();
  const plate = (make: () => string): string => {
    for (;;) {
      const p = make();
      if (!plates.has(p)) {
        plates.add(p);
        return p;
      }
    }
  };
  const homeAddress = (): string => {
    const sub = rng.pick(SUBDISTRICT_NAMES);
    if (rng.chance(0.7)) return `浙江省台州市椒江区${sub}${rng.pick(COMMUNITIES)}${rng.int(1, 36)}幢${rng.int(1, 3)}单元${rng.int(1, 18)}0${rng.int(1, 4)}室`;
    const street = rng.pick(STREETS);
    const hn = houseNumber(street, street.from + (street.to - street.from) * rng.next(), rng.pick([-1, 1]));
    return `浙江省台州市椒江区${sub}${hn.street}${hn.number}号`;
  };

  const rows: Row[] = [];
  const persons: Row[] = [];
  for (let i = 0; i < PERSON_COUNT; i++) {
    const person = personName(rng);
    const birth = addDays('1958-01-01', rng.int(0, 17_000));
    const id = makeResidentId(rng, rng.weighted(AREAS), birth, person.sex === 'male');
    const ne = rng.chance(0.18);
    const row: Row = { cells: [plate(() => (ne ? smallNewEnergyPlate(rng) : ordinaryPlate(rng))), ne ? '小型新能源汽车' : '小型汽车', person.name, id, homeAddress()] };
    rows.push(row);
    persons.push(row);
  }

  const alive = (e: Entity): boolean => e.status === '存续' || e.status === '在业';
  const fleets = entities.filter((e) => e.kind === 'office' && alive(e) && e.industry !== undefined && FLEET_INDUSTRIES.has(e.industry));
  const shops = entities.filter((e) => e.kind === 'company' && alive(e));
  for (let i = 0; i < 45; i++) {
    const owner = i < 33 ? at(fleets, i % Math.min(12, fleets.length)) : at(shops, (i * 37) % shops.length);
    const heavy = owner.kind === 'office' && owner.industry !== '汽车租赁';
    const kind = heavy ? rng.weighted([['大型汽车', 70], ['大型新能源汽车', 15], ['小型汽车', 15]] as const) : rng.weighted([['小型汽车', 75], ['小型新能源汽车', 25]] as const);
    const make = kind === '大型新能源汽车' ? largeNewEnergyPlate : kind === '小型新能源汽车' ? smallNewEnergyPlate : ordinaryPlate;
    rows.push({ cells: [plate(() => make(rng)), kind, owner.name, owner.uscc, owner.address] });
  }
  rng.shuffle(rows);

  const note = (row: Row, bad: BadNote): void => {
    row.bad = bad;
  };
  {
    const row = at(persons, 10);
    row.cells[0] = '浙I12345';
    note(row, { field: '号牌号码', problem: '浙I12345: the authority letter I is never used on plates (I and O read as 1 and 0)', expect: 'row rejected (号牌号码 is the key)' });
  }
  {
    const row = at(persons, 40);
    const good = at(row.cells, 3);
    row.cells[3] = breakResidentIdCheck(good);
    note(row, { field: '证件号码', problem: `wrong check character: ${row.cells[3]} (should end in ${good.charAt(17)})`, expect: 'warning (optional field; value dropped)' });
  }
  {
    const row = at(persons, 80);
    const id = at(row.cells, 3);
    row.cells[3] = withResidentIdCheck(`${id.slice(0, 6)}19870230${id.slice(14, 17)}`);
    note(row, { field: '证件号码', problem: `impossible birth date 1987-02-30 in ${row.cells[3]} (check character itself is right)`, expect: 'warning (optional field; value dropped)' });
  }
  {
    const row = at(persons, 120);
    const id = at(row.cells, 3);
    row.cells[3] = `${id.slice(0, 6)}${id.slice(8, 14)}${id.slice(14, 17)}`;
    note(row, { field: '证件号码', problem: `15-digit first-generation ID ${row.cells[3]}`, expect: 'warning: legacy ID, the 18-digit number is required' });
  }
  {
    const original = at(persons, 150);
    const person = personName(rng);
    const dup: Row = {
      cells: [at(original.cells, 0), at(original.cells, 1), person.name, makeResidentId(rng, '331002', addDays('1975-01-01', rng.int(0, 9000)), person.sex === 'male'), homeAddress()],
      bad: { field: '号牌号码', problem: `duplicate plate ${at(original.cells, 0)}: also registered to ${at(original.cells, 2)} ({ref})`, expect: 'duplicate key: this row rejected (or both), reported' },
      ref: { column: 0, value: at(original.cells, 0) },
    };
    const i = rows.indexOf(original);
    rows.splice(rng.int(i + 1, rows.length), 0, dup);
  }
  return { header: VEHICLE_HEADER, rows };
}

// Fixed metadata and zip entry dates make the workbook byte-for-byte reproducible.
const FIXED_TIME = new Date(Date.UTC(2026, 5, 5, 0, 30, 0));

export async function vehiclesXlsx(t: Table): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '车管所数据导出';
  wb.lastModifiedBy = '车管所数据导出';
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  const ws = wb.addWorksheet('机动车登记信息');
  ws.columns = [
    { header: at(t.header, 0), width: 14 },
    { header: at(t.header, 1), width: 16 },
    { header: at(t.header, 2), width: 34 },
    { header: at(t.header, 3), width: 22 },
    { header: at(t.header, 4), width: 52 },
  ];
  ws.getRow(1).font = { bold: true };
  // Every cell is text: an 18-digit ID stored as a number would lose its last digits.
  for (const r of t.rows) ws.addRow(r.cells);
  ws.getColumn(4).numFmt = '@';
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const raw = await wb.xlsx.writeBuffer();

  // exceljs stamps each zip entry with the current time; rewrite the archive with a fixed one.
  const src = await JSZip.loadAsync(raw as ArrayBuffer);
  const out = new JSZip();
  for (const name of Object.keys(src.files)) {
    const entry = src.files[name];
    if (!entry || entry.dir) continue;
    out.file(name, await entry.async('uint8array'), { date: FIXED_TIME, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
