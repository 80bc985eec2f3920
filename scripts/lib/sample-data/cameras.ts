// cameras.csv: the 电子技术监控设备 registry (行政处罚法 Art. 41: reviewed, published, calibrated), including the
// sample case's fixed camera and the Dahua camera whose clock was lost (clock-not-set.jpg).

import { addDays, addYears } from './dates';
import { bearingDeg, fmt6, metresToDegLat, metresToDegLon, offsetM } from './geo';
import type { LonLat } from './geo';
import { CAPTURE } from './parties';
import type { Designated } from './parties';
import { at } from './prng';
import type { Rng } from './prng';
import { clearOfCorners, crossings, houseNumber, pointOn, streetById, STREETS } from './streets';
import type { BadNote, Row, Table } from './table';

export const CAMERA_HEADER = ['设备编号', '名称', '经度', '纬度', '朝向', '法制审核日期', '技术审核日期', '公布日期', '公布途径', '检定有效期起', '检定有效期止', '时钟偏差秒'] as const;

export const SAMPLE_CAMERA_ID = 'DS-2CD3T47EWD-L20230511AACHF12345';
export const CLOCK_LOST_CAMERA_ID = '6J0A8B7PAG4C2D1';

const PUBLISHED_WHERE = ['椒江区人民政府门户网站', '台州市综合行政执法局网站', '“椒江城管”微信公众号', '《台州日报》'] as const;
const HIK_MODELS = ['DS-2CD3T47EWD-L', 'DS-2CD3T46WDV3-I3', 'DS-2DE4425IW-DE', 'iDS-2CD7A46G0-IZHS'] as const;
const ALNUM = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

export interface Camera {
  id: string;
  name: string;
  pos: LonLat;
  facing: number;
  techReview: string;
  legalReview: string;
  published: string;
  publishedWhere: string;
  calFrom: string;
  calTo: string;
  clockOffset: string;
}

function cellsOf(c: Camera): string[] {
  return [c.id, c.name, fmt6(c.pos[0]), fmt6(c.pos[1]), String(c.facing), c.legalReview, c.techReview, c.published, c.publishedWhere, c.calFrom, c.calTo, c.clockOffset];
}

function deviceId(rng: Rng): string {
  const maker = rng.weighted([['hik', 6], ['dahua', 3], ['uniview', 1]] as const);
  if (maker === 'hik') {
    const made = `20${rng.int(19, 25)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
    return `${rng.pick(HIK_MODELS)}${made}AACH${rng.chars('ABCDEFGHJK', 1)}${rng.chars('0123456789', 5)}`;
  }
  if (maker === 'dahua') return rng.chars(ALNUM, 15);
  return `210235${rng.chars(ALNUM, 4)}${rng.chars('0123456789', 10)}`;
}

export function camerasTable(rng: Rng, party: Designated): { table: Table; cameras: Camera[]; sample: Camera } {
  const jiefang = streetById('jiefang');
  const westNumber = houseNumber(jiefang, CAPTURE[1], -1);
  const sample: Camera = {
    id: SAMPLE_CAMERA_ID,
    name: `${westNumber.street}${westNumber.number}号西侧 店外经营抓拍`,
    pos: CAPTURE,
    facing: bearingDeg(CAPTURE, party.merchant.premises),
    techReview: '2023-06-20',
    legalReview: '2023-07-05',
    published: '2023-07-18',
    publishedWhere: '椒江区人民政府门户网站',
    calFrom: '2025-09-01',
    calTo: '2026-08-31',
    clockOffset: '2',
  };
  const lostPos = offsetM(CAPTURE, 0, 30);
  const lostNumber = houseNumber(jiefang, lostPos[1], -1);
  const clockLost: Camera = {
    id: CLOCK_LOST_CAMERA_ID,
    name: `${lostNumber.street}${lostNumber.number}号西侧 占道经营抓拍`,
    pos: [Math.round(lostPos[0] * 1e6) / 1e6, Math.round(lostPos[1] * 1e6) / 1e6],
    facing: 95,
    techReview: '2024-03-11',
    legalReview: '2024-03-25',
    published: '2024-04-08',
    publishedWhere: '台州市综合行政执法局网站',
    calFrom: '2025-11-01',
    calTo: '2026-10-31',
    clockOffset: '',
  };

  const cameras: Camera[] = [];
  const ids = new Set([SAMPLE_CAMERA_ID, CLOCK_LOST_CAMERA_ID]);
  while (cameras.length < 38) {
    const street = rng.pick(STREETS);
    let pos: LonLat;
    let name: string;
    let facing: number;
    const big = street.halfWidth >= 20;
    const purpose = rng.pick(big ? ['违停抓拍', '渣土车辆抓拍', '全景监控'] : ['店外经营抓拍', '占道经营抓拍', '违停抓拍', '全景监控', '店外经营抓拍']);
    if (rng.chance(0.5)) {
      const x = rng.pick(crossings(street));
      const cross = x.cross;
      const ew = street.axis === 'ns' ? cross : street;
      const ns = street.axis === 'ns' ? street : cross;
      const east = rng.pick([-1, 1]);
      const north = rng.pick([-1, 1]);
      const centre: LonLat = [ns.at, ew.at];
      pos = [centre[0] + metresToDegLon(east * (ns.halfWidth + 3), centre[1]), centre[1] + metresToDegLat(north * (ew.halfWidth + 3))];
      const corner = `${north > 0 ? '北' : '南'}${east > 0 ? '东' : '西'}`.replace('北东', '东北').replace('北西', '西北').replace('南东', '东南').replace('南西', '西南');
      name = `${street.names[0]?.[0] ?? ''}与${cross.names[0]?.[0] ?? ''}交叉口${corner}角 ${purpose}`;
      facing = (bearingDeg(pos, centre) + rng.int(-20, 20) + 360) % 360;
    } else {
      const v = street.from + (street.to - street.from) * rng.float(0.05, 0.95);
      if (!clearOfCorners(street, v)) continue;
      const side = rng.pick([-1, 1]) * (street.halfWidth + 1);
      pos = pointOn(street, v, side);
      const hn = houseNumber(street, v, side);
      name = `${hn.street}${hn.number}号${street.axis === 'ns' ? (side < 0 ? '西侧' : '东侧') : side > 0 ? '北侧' : '南侧'} ${purpose}`;
      const across = street.axis === 'ns' ? (side < 0 ? 90 : 270) : side > 0 ? 180 : 0;
      facing = (across + rng.int(-15, 15) + 360) % 360;
    }
    if (Math.hypot(pos[0] - CAPTURE[0], pos[1] - CAPTURE[1]) < 0.002) continue;
    const id = deviceId(rng);
    if (ids.has(id)) continue;
    ids.add(id);
    const techReview = addDays('2019-03-01', rng.int(0, 2400));
    const legalReview = addDays(techReview, rng.int(5, 20));
    const published = addDays(legalReview, rng.int(3, 30));
    const calFrom = addDays('2025-07-01', rng.int(0, 320));
    cameras.push({
      id,
      name,
      pos: [Math.round(pos[0] * 1e6) / 1e6, Math.round(pos[1] * 1e6) / 1e6],
      facing,
      techReview,
      legalReview,
      published,
      publishedWhere: rng.pick(PUBLISHED_WHERE),
      calFrom,
      calTo: addDays(addYears(calFrom, 1), -1),
      clockOffset: String(rng.weighted([[0, 5], [1, 3], [-1, 3], [2, 1], [-2, 1], [3, 0.5], [-4, 0.3]] as const)),
    });
  }

  const notes = new Map<Camera, BadNote>();
  {
    const c = at(cameras, 5);
    c.legalReview = addDays(c.published, 12);
    notes.set(c, { field: '法制审核日期', problem: `法制审核日期 ${c.legalReview} is after 公布日期 ${c.published}: published before its legal review`, expect: 'warning (reviewed after it was published)' });
  }
  {
    const c = at(cameras, 12);
    c.calFrom = '2024-12-01';
    c.calTo = '2025-11-30';
    notes.set(c, { field: '检定有效期止', problem: '检定 expired on 2025-11-30: not calibrated at any 2026 capture time', expect: 'accepted, but a capture from this camera fails the 设备 check (not calibrated at the capture time)' });
  }
  {
    const c = at(cameras, 20);
    notes.set(c, { field: '设备编号', problem: `empty 设备编号 (the device is 「${c.name}」)`, expect: 'row rejected (设备编号 is the key)' });
    c.id = '';
  }
  {
    const c = at(cameras, 27);
    c.published = '';
    c.publishedWhere = '';
    notes.set(c, { field: '公布日期/公布途径', problem: 'never published: 公布日期 and 公布途径 empty', expect: 'accepted, but captures from it fail the 设备 check (location not published, Art. 41)' });
  }

  const all = [...cameras];
  all.splice(17, 0, sample);
  all.splice(18, 0, clockLost);
  const rows: Row[] = all.map((c) => {
    const note = notes.get(c);
    return { cells: cellsOf(c), ...(note ? { bad: note } : {}) };
  });
  return { table: { header: CAMERA_HEADER, rows }, cameras: all, sample };
}
