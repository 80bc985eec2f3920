// Writes the bundled sample cases' captures with a README describing each:
//   resources/sample/captures/        case 1, the full sample case (six files, each with a problem or none)
//   resources/sample/captures-case2/  case 2, a second, deliberately incomplete case (three clean phone photos)
// Run: npx tsx scripts/make-sample.ts   (or npm run sample). Output is byte-for-byte reproducible.
//
// Case 1: 店外经营 (goods displayed outside a shop) on one shop-lined street in 台州市椒江区 (Jiaojiang district,
// Taizhou, Zhejiang), around 28.6565 N 121.4208 E (WGS-84). A fixed street camera records the goods on the pavement
// on 2026-06-12; an order to correct is served; a patrol officer re-captures after the deadline on 2026-06-20.
// Four more files carry the problems the import must notice: an edited copy, a phone whose GPS time disagrees
// with its clock, and a camera whose clock was never set.
//
// Case 2: 店外经营 at 「好邻居便利店」 (JJSH000764, 椒江区解放南路660号), a few doors north of case 1's shop on the
// same street. A patrol officer's phone photographs the goods twice on 2026-07-03, an order to correct within
// 3 days is served that afternoon, and the re-capture on 2026-07-08 shows the goods still out. The shop's
// positions are read from resources/sample/data/sample-party.json and every photo position is checked against them.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { distanceMeters } from '../electron/core/data/coordinates';
import type { LatLon } from '../electron/core/data/coordinates';
import { makeCaptureJpeg } from './lib/make-capture-jpeg';
import type { CaptureSpec } from './lib/make-capture-jpeg';

const OUT_DIR = fileURLToPath(new URL('../resources/sample/captures/', import.meta.url));
const MAX_BYTES = 400 * 1024;
const CASE2_DIR = fileURLToPath(new URL('../resources/sample/captures-case2/', import.meta.url));
const CASE2_MAX_BYTES = 350 * 1024;
const SAMPLE_PARTY = fileURLToPath(new URL('../resources/sample/data/sample-party.json', import.meta.url));

const HIK = { make: 'Hikvision', model: 'DS-2CD3T47EWD-L', bodySerialNumber: 'DS-2CD3T47EWD-L20230511AACHF12345' } as const;
const HUAWEI = { make: 'HUAWEI', model: 'ELS-AN00' } as const;
// The fixed camera's configured position, across the street from the shop.
const CAMERA_POS = { lat: 28.656462, lon: 121.420768 } as const;

interface Sample {
  file: string;
  spec: CaptureSpec;
  /** What the file is, for the README. */
  about: string;
  /** What the import should conclude from it (warning codes of electron/core/evidence/warnings.ts). */
  expect: string;
  /** More fact lines for the README, after the spec's. */
  extra?: string[];
}

// Seeds 0x101..0x106 share seed >>> 8 = 1, so every capture shows the same street; the low byte varies the goods.
const SAMPLES: Sample[] = [
  {
    file: 'cam-0612-0915.jpg',
    spec: {
      width: 1600,
      height: 1200,
      seed: 0x101,
      ...HIK,
      dateTimeOriginal: '2026:06:12 09:15:32',
      subSecTimeOriginal: '250',
      offsetTimeOriginal: '+08:00',
      gps: { ...CAMERA_POS },
    },
    about:
      'Fixed street camera (固定抓拍, 电子技术监控设备), first capture of goods displayed on the pavement outside the shop. ' +
      'The camera writes its configured position as GPS (no altitude, no GPS time) and its serial number.',
    expect: 'Captured 2026-06-12T09:15:32.250+08:00, time basis exif-offset; GPS 28.656462, 121.420768 WGS-84; no warnings.',
  },
  {
    file: 'cam-0612-0947.jpg',
    spec: {
      width: 1600,
      height: 1200,
      seed: 0x102,
      ...HIK,
      dateTimeOriginal: '2026:06:12 09:47:32',
      subSecTimeOriginal: '040',
      gps: { ...CAMERA_POS },
    },
    about:
      'Same camera 32 minutes later: the goods are still out (持续状态). This frame carries no OffsetTimeOriginal ' +
      '(nor any other offset tag), as many IP cameras write. SubSecTimeOriginal is "040" (a leading zero that must ' +
      'survive as 40 ms, not 400 ms).',
    expect: 'Captured 2026-06-12T09:47:32.040+08:00 with the zone ASSUMED from the workspace (Asia/Shanghai): warning time-zone-assumed (info); the case file must say so.',
  },
  {
    file: 'patrol-0620-1002.jpg',
    spec: {
      width: 1600,
      height: 1200,
      seed: 0x103,
      ...HUAWEI,
      orientation: 6,
      dateTimeOriginal: '2026:06:20 10:02:11',
      subSecTimeOriginal: '318',
      offsetTimeOriginal: '+08:00',
      gps: { lat: 28.656481, lon: 121.420829, altitude: 4.2, dateStamp: '2026:06:20', timeStamp: [2, 2, 11] },
    },
    about:
      "Patrol officer's phone (移动抓拍), re-capture after the order-to-correct deadline: the goods are still outside. " +
      'Held upright: pixels are stored 1600×1200 with Orientation 6 (rotate 90° CW), so it displays as a 1200×1600 portrait. ' +
      'GPS date/time are UTC and agree with the local time (10:02:11 +08:00 = 02:02:11Z).',
    expect: 'Captured 2026-06-20T10:02:11.318+08:00 (exif-offset); GPS 28.656481, 121.420829, altitude +4.2 m, GPS time 2026-06-20T02:02:11Z agrees; orientation 6; no warnings.',
  },
  {
    file: 'patrol-0620-1003-edited.jpg',
    spec: {
      width: 1200,
      height: 1600,
      seed: 0x104,
      ...HUAWEI,
      orientation: 1,
      software: 'Adobe Photoshop 25.0 (Windows)',
      dateTimeOriginal: '2026:06:20 10:03:05',
      subSecTimeOriginal: '072',
      offsetTimeOriginal: '+08:00',
      modifyDate: '2026:06:20 15:41:27',
      gps: { lat: 28.656478, lon: 121.420836, altitude: 4.3, dateStamp: '2026:06:20', timeStamp: [2, 3, 5] },
    },
    about:
      'The next phone photo, but as saved again by Photoshop that afternoon: Software names Photoshop, ModifyDate ' +
      '(15:41:27) is hours after DateTimeOriginal, and the pixels were rotated upright (1200×1600, Orientation 1) as ' +
      'Photoshop does. Not an original: it may have been edited (行政诉讼证据规定 Art. 57/71).',
    expect: 'Captured 2026-06-20T10:03:05.072+08:00; warnings edited-software and edited-modify-date.',
  },
  {
    file: 'phone-gps-mismatch.jpg',
    spec: {
      width: 1600,
      height: 1200,
      seed: 0x105,
      make: 'Xiaomi',
      model: '2211133C',
      orientation: 1,
      dateTimeOriginal: '2026:06:20 10:05:40',
      subSecTimeOriginal: '511',
      offsetTimeOriginal: '+08:00',
      gps: { lat: 28.656486, lon: 121.420795, altitude: 4, dateStamp: '2026:06:19', timeStamp: [23, 5, 40] },
    },
    about:
      "A street leader's (街长) phone on the same street. Its GPS fix is three hours older than the capture: GPS says " +
      '2026-06-19 23:05:40Z (07:05:40 +08:00) while the clock says 10:05:40 +08:00 (02:05:40Z), across UTC midnight.',
    expect: 'Captured 2026-06-20T10:05:40.511+08:00; GPS time 2026-06-19T23:05:40Z is 3 h off: warning gps-time-mismatch.',
  },
  {
    file: 'clock-not-set.jpg',
    spec: {
      width: 1280,
      height: 960,
      seed: 0x106,
      make: 'Dahua',
      model: 'DH-IPC-HFW2431S-S-S2',
      bodySerialNumber: '6J0A8B7PAG4C2D1',
      dateTimeOriginal: '0000:00:00 00:00:00',
    },
    about:
      'A second fixed camera on the street whose clock was lost after a power cut: DateTimeOriginal (and ModifyDate) ' +
      'are "0000:00:00 00:00:00"; no sub-seconds, no offset, no GPS.',
    expect: 'No capture time: warning clock-not-set (serious); the capture cannot prove when the act happened.',
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Case 2: 店外经营 at 「好邻居便利店」, photographed by a patrol officer's phone; the case starts incomplete.

const CASE2_MERCHANT_ID = 'JJSH000764';

// Where the officer stood: on the pavement 3–8 m west of the shop (解放南路 runs north–south and the even-numbered
// shops face it from the east), never nearer 老王水果店 (case 1's shop, 26 m south). Checked in writeCase2().
const CASE2_POS = {
  '1002': { lat: 28.656702, lon: 121.420834 },
  '1048': { lat: 28.656726, lon: 121.420827 },
  '0708': { lat: 28.656709, lon: 121.420843 },
} as const;

// Seeds 0x201..0x203 share seed >>> 8 = 2: the same kind of street as case 1 (seed >>> 8 = 1) in the same style,
// with another shop front in the middle of the frame (a yellow signboard instead of red); the low byte varies the goods.
const CASE2_SAMPLES: Sample[] = [
  {
    file: 'patrol-0703-1002.jpg',
    spec: {
      width: 1600,
      height: 1200,
      seed: 0x201,
      ...HUAWEI,
      orientation: 1,
      dateTimeOriginal: '2026:07:03 10:02:15',
      offsetTimeOriginal: '+08:00',
      gps: { ...CASE2_POS['1002'], altitude: 4.1, dateStamp: '2026:07:03', timeStamp: [2, 2, 15] },
    },
    about:
      "Patrol officer's phone (移动抓拍), first capture: crates of goods on the pavement outside 好邻居便利店. " +
      'Held sideways (landscape, Orientation 1). GPS date/time are UTC and agree with the local time ' +
      '(10:02:15 +08:00 = 02:02:15Z).',
    expect: 'Captured 2026-07-03T10:02:15+08:00 (exif-offset); GPS 28.656702, 121.420834, altitude +4.1 m, GPS time 2026-07-03T02:02:15Z agrees; orientation 1; no warnings.',
  },
  {
    file: 'patrol-0703-1048.jpg',
    spec: {
      width: 1600,
      height: 1200,
      seed: 0x202,
      ...HUAWEI,
      orientation: 1,
      dateTimeOriginal: '2026:07:03 10:48:40',
      offsetTimeOriginal: '+08:00',
      gps: { ...CASE2_POS['1048'], altitude: 3.9, dateStamp: '2026:07:03', timeStamp: [2, 48, 40] },
    },
    about:
      'Same phone 46 minutes later (46 min 25 s): the goods are still out (持续状态). Landscape, Orientation 1. ' +
      'GPS time 02:48:40Z agrees with 10:48:40 +08:00.',
    expect: 'Captured 2026-07-03T10:48:40+08:00 (exif-offset); GPS 28.656726, 121.420827, altitude +3.9 m, GPS time 2026-07-03T02:48:40Z agrees; orientation 1; no warnings.',
  },
  {
    file: 'patrol-0708-0931.jpg',
    spec: {
      width: 1600,
      height: 1200,
      seed: 0x203,
      ...HUAWEI,
      orientation: 6,
      dateTimeOriginal: '2026:07:08 09:31:05',
      offsetTimeOriginal: '+08:00',
      gps: { ...CASE2_POS['0708'], altitude: 4.4, dateStamp: '2026:07:08', timeStamp: [1, 31, 5] },
    },
    about:
      'Re-capture (复查) after the correction deadline (2026-07-06 24:00): the goods are still outside, so the act ' +
      'continues. Held upright: pixels are stored 1600×1200 with Orientation 6 (rotate 90° CW), so it displays as a ' +
      '1200×1600 portrait. GPS time 01:31:05Z agrees with 09:31:05 +08:00.',
    expect: 'Captured 2026-07-08T09:31:05+08:00 (exif-offset); GPS 28.656709, 121.420843, altitude +4.4 m, GPS time 2026-07-08T01:31:05Z agrees; orientation 6; no warnings.',
  },
];

interface Shop {
  merchantId: string;
  sign: string;
  address: string;
  uscc: string | null;
  wgs84: LatLon;
}

/** Case 2's shop, case 1's shop (老王水果店) and the other neighbours, from sample-party.json's ground truth. */
function readShops(): { shop: Shop; party1: Shop; others: Shop[] } {
  const truth = JSON.parse(readFileSync(SAMPLE_PARTY, 'utf8')) as { party: Shop; neighbours: Shop[] };
  const asShop = (s: Shop): Shop => {
    if (typeof s.merchantId !== 'string' || typeof s.wgs84?.lat !== 'number' || typeof s.wgs84?.lon !== 'number') {
      throw new Error(`sample-party.json: bad shop entry ${JSON.stringify(s)}`);
    }
    return { merchantId: s.merchantId, sign: s.sign, address: s.address, uscc: s.uscc ?? null, wgs84: { lat: s.wgs84.lat, lon: s.wgs84.lon } };
  };
  const all = [truth.party, ...truth.neighbours].map(asShop);
  const shop = all.find((s) => s.merchantId === CASE2_MERCHANT_ID);
  if (!shop) throw new Error(`sample-party.json has no neighbour ${CASE2_MERCHANT_ID}`);
  const party1 = asShop(truth.party);
  return { shop, party1, others: all.filter((s) => s !== shop) };
}

const metres = (m: number): string => m.toFixed(1);

function writeCase2(): void {
  const { shop, party1, others } = readShops();
  const posRows: string[] = [];
  for (const sample of CASE2_SAMPLES) {
    const gps = sample.spec.gps;
    if (!gps) throw new Error(`${sample.file}: case 2 photos all carry GPS`);
    const toShop = distanceMeters(gps, shop.wgs84);
    const toParty1 = distanceMeters(gps, party1.wgs84);
    // The shops face the street from the east: the officer stands on their street side, 3–8 m out.
    if (toShop < 3 || toShop > 8) throw new Error(`${sample.file}: ${metres(toShop)} m from ${shop.sign}, not 3–8 m`);
    if (gps.lon >= shop.wgs84.lon) throw new Error(`${sample.file}: not on the street (west) side of ${shop.sign}`);
    for (const other of others) {
      const d = distanceMeters(gps, other.wgs84);
      if (d <= toShop) throw new Error(`${sample.file}: ${metres(d)} m from ${other.sign}, nearer than ${shop.sign} (${metres(toShop)} m)`);
    }
    sample.extra = [`- Distance: ${metres(toShop)} m to ${shop.sign} (${shop.merchantId}), ${metres(toParty1)} m to ${party1.sign} (${party1.merchantId})`];
    posRows.push(`| ${sample.file} | ${gps.lat}, ${gps.lon} | ${gps.altitude ?? '—'} m | ${metres(toShop)} m | ${metres(toParty1)} m |`);
  }
  const sections = writeCaptures(CASE2_DIR, CASE2_SAMPLES, CASE2_MAX_BYTES);
  const readme = [
    '# Sample case 2 captures — 店外经营 at 「好邻居便利店」, 台州市椒江区 (an incomplete case)',
    '',
    'Generated by `scripts/make-sample.ts` (`npm run sample`); do not edit by hand. The pixels are the same kind of',
    'synthetic street scene as `../captures/` (shop fronts, crates of goods on the pavement outside the middle shop),',
    'drawn with other seeds so the shop front differs; the metadata is what a real phone writes. Re-running the script',
    'reproduces these files byte for byte.',
    '',
    '## The shop (ground truth: `../data/sample-party.json`, `neighbours`)',
    '',
    `- Sign 「${shop.sign}」, merchant ${shop.merchantId}, ${shop.address}, USCC ${shop.uscc ?? '—'}`,
    `- Premises WGS-84 ${shop.wgs84.lat}, ${shop.wgs84.lon}: on 解放南路, ${metres(distanceMeters(shop.wgs84, party1.wgs84))} m north of ` +
      `case 1's shop 「${party1.sign}」 (${party1.merchantId}, ${party1.address}, ${party1.wgs84.lat}, ${party1.wgs84.lon}).`,
    '',
    '## The intended story',
    '',
    'A patrol officer (巡查) finds goods displayed on the pavement outside the shop (店外经营, 浙江省城市市容和环境卫生管理条例',
    'Art. 17) and photographs it with a phone twice on 2026-07-03, 46 minutes apart (持续状态).',
    '',
    '1. 2026-07-03 10:02:15 and 10:48:40 (+08:00): `patrol-0703-1002.jpg`, `patrol-0703-1048.jpg`.',
    '2. 2026-07-03 15:00: the order to correct within a time limit (责令限期改正通知书, notice kind `correction-order`) is',
    '   served directly (直接送达, method `direct`) at the shop: 3 days, counted from the next day, so the deadline is',
    '   2026-07-06 24:00.',
    '3. 2026-07-08 09:31:05 (+08:00), after the deadline: the re-capture (复查) `patrol-0708-0931.jpg` shows the goods',
    '   still outside: the order was ignored and the act continues.',
    '',
    'The case starts **incomplete**: the three captures are imported but not yet reviewed (审核), the party is not',
    `confirmed (the positions point to 「${shop.sign}」, but nobody has confirmed it), and the facts notice`,
    '(违法事实告知书, notice kind `facts-notice`, with the right to state and defend) has not been served. A handler',
    '(承办人) completes it: reviews the captures, confirms the party and serves the facts notice, which must come after',
    'the re-capture of 2026-07-08 09:31 (served earlier it would raise facts-notice-too-early).',
    '',
    'Times are China Standard Time (+08:00); GPS times are UTC and agree with the local time in every file. Every file',
    'carries an EXIF thumbnail (IFD1, 160 px) and OffsetTimeOriginal, OffsetTimeDigitized and OffsetTime (+08:00). No',
    'SubSecTimeOriginal is written. None of these files should raise a warning.',
    '',
    '## Positions',
    '',
    'The officer stands on the pavement on the shop\'s street side (west of it; the shops face 解放南路 from the east),',
    `3–8 m from 「${shop.sign}」 and nearer to it than to any other shop in sample-party.json. Distances are great-circle`,
    '(haversine, `electron/core/data/coordinates.ts`).',
    '',
    `| File | GPS (WGS-84) | Altitude | to ${shop.sign} | to ${party1.sign} |`,
    '| --- | --- | --- | --- | --- |',
    ...posRows,
    '',
    ...sections,
  ].join('\n');
  writeIfChanged(CASE2_DIR + 'README.md', readme);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes the file only when its bytes differ, so a re-run leaves unchanged outputs (and their mtimes) alone. */
function writeIfChanged(path: string, data: Uint8Array | string): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  if (existsSync(path) && Buffer.from(readFileSync(path)).equals(bytes)) return;
  writeFileSync(path, bytes);
}

function describeSpec(s: CaptureSpec): string[] {
  const lines: string[] = [];
  const shown = s.orientation !== undefined && s.orientation >= 5 ? `${s.height}×${s.width} displayed` : 'displayed as stored';
  lines.push(`- Pixels: ${s.width}×${s.height} stored, ${shown}; JPEG quality ${s.quality ?? 85}; seed 0x${s.seed.toString(16)}`);
  lines.push(`- Device: Make \`${s.make ?? '—'}\`, Model \`${s.model ?? '—'}\`${s.bodySerialNumber ? `, BodySerialNumber \`${s.bodySerialNumber}\`` : ''}${s.software ? `, Software \`${s.software}\`` : ''}`);
  const time = [`DateTimeOriginal \`${s.dateTimeOriginal ?? '—'}\``];
  time.push(`SubSecTimeOriginal ${s.subSecTimeOriginal === undefined ? '—' : `\`${s.subSecTimeOriginal}\``}`);
  time.push(`OffsetTimeOriginal ${s.offsetTimeOriginal === undefined ? '— (none written)' : `\`${s.offsetTimeOriginal}\``}`);
  time.push(`ModifyDate \`${s.modifyDate ?? s.dateTimeOriginal ?? '—'}\``);
  lines.push(`- Time: ${time.join(', ')}`);
  if (s.orientation !== undefined) lines.push(`- Orientation: ${s.orientation}`);
  if (s.gps) {
    const g = s.gps;
    const parts = [`${g.lat}, ${g.lon} (WGS-84)`];
    if (g.altitude !== undefined) parts.push(`altitude ${g.altitude} m`);
    if (g.dateStamp !== undefined && g.timeStamp !== undefined) {
      parts.push(`GPS time ${g.dateStamp} ${g.timeStamp.map((n) => String(n).padStart(2, '0')).join(':')} UTC`);
    }
    lines.push(`- GPS: ${parts.join('; ')}`);
  } else {
    lines.push('- GPS: none');
  }
  return lines;
}

/** Writes each sample's JPEG into dir and returns its README section. */
function writeCaptures(dir: string, samples: readonly Sample[], maxBytes: number): string[] {
  mkdirSync(dir, { recursive: true });
  const sections: string[] = [];
  for (const sample of samples) {
    const bytes = makeCaptureJpeg(sample.spec);
    if (bytes.length > maxBytes) throw new Error(`${sample.file} is ${bytes.length} bytes, over the ${maxBytes} budget`);
    writeIfChanged(dir + sample.file, bytes);
    console.log(`${sample.file}  ${bytes.length} bytes  sha256 ${sha256(bytes)}`);
    sections.push(
      [
        `## ${sample.file}`,
        '',
        sample.about,
        '',
        ...describeSpec(sample.spec),
        ...(sample.extra ?? []),
        `- Size ${bytes.length} bytes, sha256 \`${sha256(bytes)}\``,
        '',
        `Expected reading: ${sample.expect}`,
        '',
      ].join('\n'),
    );
  }
  return sections;
}

function writeCase1(): void {
  const sections = writeCaptures(OUT_DIR, SAMPLES, MAX_BYTES);
  const readme = [
    '# Sample case captures — 店外经营, 台州市椒江区',
    '',
    'Generated by `scripts/make-sample.ts` (`npm run sample`); do not edit by hand. The pixels are a synthetic street',
    'scene (shop fronts, crates of goods on the pavement outside the middle shop); the metadata is what real devices',
    'write. Re-running the script reproduces these files byte for byte.',
    '',
    'The case: a shop on one street in 椒江区 (around 28.6565 N, 121.4208 E, WGS-84) displays goods outside its door',
    '(浙江省城市市容和环境卫生管理条例 Art. 17). A fixed camera records it twice on 2026-06-12; an order to correct',
    'within a time limit is served; after the deadline a patrol officer finds the goods still outside on 2026-06-20.',
    'All positions are a few metres apart. Times are China Standard Time (+08:00) unless a file says otherwise; GPS',
    'times are UTC.',
    '',
    'Every file carries an EXIF thumbnail (IFD1, 160 px). Offset tags: when a file has OffsetTimeOriginal it also has',
    'OffsetTimeDigitized and OffsetTime (of ModifyDate) with the same value; when it has none, it has no offset tag at all.',
    '',
    ...sections,
  ].join('\n');
  writeIfChanged(OUT_DIR + 'README.md', readme);
}

function main(): void {
  writeCase1();
  writeCase2();
}

main();
