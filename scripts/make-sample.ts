// Writes the bundled sample case's captures to resources/sample/captures/ with a README describing each.
// Run: npx tsx scripts/make-sample.ts   (or npm run sample). Output is byte-for-byte reproducible.
//
// The case: 店外经营 (goods displayed outside a shop) on one shop-lined street in 台州市椒江区 (Jiaojiang district,
// Taizhou, Zhejiang), around 28.6565 N 121.4208 E (WGS-84). A fixed street camera records the goods on the pavement
// on 2026-06-12; an order to correct is served; a patrol officer re-captures after the deadline on 2026-06-20.
// Four more files carry the problems the import must notice: an edited copy, a phone whose GPS time disagrees
// with its clock, and a camera whose clock was never set.

import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeCaptureJpeg } from './lib/make-capture-jpeg';
import type { CaptureSpec } from './lib/make-capture-jpeg';

const OUT_DIR = fileURLToPath(new URL('../resources/sample/captures/', import.meta.url));
const MAX_BYTES = 400 * 1024;

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

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
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

function main(): void {
  mkdirSync(OUT_DIR, { recursive: true });
  const sections: string[] = [];
  for (const sample of SAMPLES) {
    const bytes = makeCaptureJpeg(sample.spec);
    if (bytes.length > MAX_BYTES) throw new Error(`${sample.file} is ${bytes.length} bytes, over the ${MAX_BYTES} budget`);
    writeFileSync(OUT_DIR + sample.file, bytes);
    console.log(`${sample.file}  ${bytes.length} bytes  sha256 ${sha256(bytes)}`);
    sections.push(
      [
        `## ${sample.file}`,
        '',
        sample.about,
        '',
        ...describeSpec(sample.spec),
        `- Size ${bytes.length} bytes, sha256 \`${sha256(bytes)}\``,
        '',
        `Expected reading: ${sample.expect}`,
        '',
      ].join('\n'),
    );
  }
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
  writeFileSync(OUT_DIR + 'README.md', readme);
}

main();
