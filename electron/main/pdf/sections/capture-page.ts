// One page per evidence item: the picture as large as the page allows above its metadata — when and how it was
// made and on what basis, where (WGS-84, grid chain), the device and its registry record, both hashes, the
// warnings and the Art. 41 review. A JPEG is drawn from its untouched original; anything else is attached to the
// PDF and a box says under which name.

import type { PDFImage, PDFPage } from 'pdf-lib';
import type { CaseFileEvidence } from '../../../core/casefile/case-file-model';
import type { EmbeddedOriginal } from '../originals';
import { displayedSize, drawOrientedImage, isQuarterTurn } from '../orientation';
import type { LayoutContext } from './context';
import { bytesZh, reviewStatus } from './format';
import { paragraph } from '../layout/text';
import { measureTable, table } from '../layout/table';
import type { Cell, Column, Row } from '../layout/table';
import { COLOR, CONTENT, LEADING, SIZE } from '../layout/style';

const COLUMNS: Column[] = [{ title: '项目', weight: 1 }, { title: '内容', weight: 4.6 }];
const MAX_PICTURE = 390;
const MIN_PICTURE = 210;
const PLACEHOLDER = 120;

/** Draws the item's page(s); returns the page its picture (or placeholder) is on. */
export function drawCapture(ctx: LayoutContext, e: CaseFileEvidence, original: EmbeddedOriginal): PDFPage {
  const { flow } = ctx;
  ctx.section(`证据${e.no}\u3000${e.name}`, e.madeAt?.split(' ')[0] ?? '');
  paragraph(flow, `证据${e.no}\u3000${e.name}`, { size: SIZE.subsection + 2, heading: true, spaceAfter: 2 });
  paragraph(flow, `${e.type} · ${e.method} · ${e.madeAt ?? '无拍摄时间'}`, { size: SIZE.table, color: COLOR.muted, spaceAfter: 6 });

  const status = reviewStatus(e.review);
  if (!status.usable) paragraph(flow, `▲ ${status.text}`, { size: SIZE.body, heading: true, color: COLOR.alert, spaceAfter: 6 });

  const rows = metadataRows(ctx, e, original);
  const tableHeight = measureTable(flow, COLUMNS, rows, { header: false, labels: true });
  const captionHeight = SIZE.small * LEADING.body + 8;
  const free = flow.remaining - tableHeight - captionHeight - 12;
  const page = flow.page as PDFPage;
  if (original.kind === 'image') {
    const boxHeight = free >= MIN_PICTURE ? Math.min(free, MAX_PICTURE) : Math.min(flow.remaining - captionHeight - 12, MAX_PICTURE);
    picture(ctx, original.image, e.orientation, boxHeight);
    const turn = isQuarterTurn(e.orientation) || (e.orientation ?? 1) > 1 ? `；按 EXIF 方向 ${e.orientation} 转正显示，像素未改动` : '';
    paragraph(flow, `上图即原始文件：图像流字节与原始文件一致（未重新编码）${turn}。`, { size: SIZE.small, color: COLOR.muted, align: 'center', spaceAfter: 8 });
  } else {
    placeholder(ctx, e, original);
  }
  table(flow, COLUMNS, rows, { header: false, labels: true });
  return page;
}

function picture(ctx: LayoutContext, image: PDFImage, orientation: number | null, boxHeight: number): void {
  const { flow } = ctx;
  const shown = displayedSize(image, orientation);
  const scale = Math.min(CONTENT.width / shown.width, boxHeight / shown.height);
  const width = shown.width * scale;
  const height = shown.height * scale;
  const x = CONTENT.left + (CONTENT.width - width) / 2;
  const top = flow.y;
  if (flow.page) drawOrientedImage(flow.page, image, orientation, { x, y: top - height, width, height });
  flow.rect(x, top, width, height, { border: COLOR.rule, borderWidth: 0.6 });
  flow.advance(height + 4);
}

function placeholder(ctx: LayoutContext, e: CaseFileEvidence, original: Extract<EmbeddedOriginal, { kind: 'attachment' }>): void {
  const { flow } = ctx;
  const top = flow.y;
  flow.rect(CONTENT.left, top, CONTENT.width, PLACEHOLDER, { fill: COLOR.placeholderFill, border: COLOR.rule, borderWidth: 0.8 });
  flow.advance(PLACEHOLDER * 0.28);
  paragraph(flow, `原始文件（${e.mediaType}）以附件形式嵌入本案卷`, { size: SIZE.subsection, heading: true, align: 'center' });
  paragraph(flow, `附件名：${original.name}`, { size: SIZE.body, align: 'center' });
  paragraph(flow, `${original.reason}；请在 PDF 阅读器的“附件”面板中打开，或用 pdfdetach 取出后核对 SHA-256。`, { size: SIZE.table, color: COLOR.muted, align: 'center', indent: 12, width: CONTENT.width - 24 });
  flow.y = top - PLACEHOLDER - 12;
}

function metadataRows(ctx: LayoutContext, e: CaseFileEvidence, original: EmbeddedOriginal): Row[] {
  const hash = (text: string): Cell => ({ text, font: 'sans' });
  const basis = e.position?.basis === 'gps' ? '照片内 GPS 记录' : '固定监控设备登记位置';
  const altitude = e.gps?.altitude != null ? `，海拔 ${e.gps.altitude} 米` : '';
  const where = e.position ? `WGS-84 北纬 ${e.position.lat.toFixed(6)}°，东经 ${e.position.lon.toFixed(6)}°${altitude}（依据：${basis}）` : '无位置信息';
  const gpsAside = e.gps && e.position && e.position.basis !== 'gps' ? `\n照片内 GPS：北纬 ${e.gps.lat.toFixed(6)}°，东经 ${e.gps.lon.toFixed(6)}°` : '';
  const camera = e.camera
    ? `${e.camera.name}（设备编号 ${e.camera.deviceId}）\n${e.camera.reviewed}；公布 ${e.camera.published}\n检定有效期 ${e.camera.calibrated}；时钟偏差 ${e.camera.clockOffset}`
    : '无（非登记的固定监控设备）';
  const review = e.review ? `${e.review.result}\n审核人 ${e.review.by}，${e.review.at}${e.review.note ? `\n意见：${e.review.note}` : ''}` : '尚未审核，不能作为证据使用';
  const location =
    original.kind === 'image' ? `本 PDF 的图像对象 ${original.image.ref.objectNumber} 0 R（DCTDecode 图像流，字节与原始文件完全一致）` : `本 PDF 的附件“${original.name}”`;
  const upright = isQuarterTurn(e.orientation) ? `（转正后 ${e.height}×${e.width}）` : '';
  const pixels = e.width && e.height ? `；${e.width}×${e.height} 像素${upright}` : '';
  const rows: [string, Cell][] = [
    ['原始文件', `证据${e.no}（${e.evidenceId}）${e.name}；${e.mediaType}；${bytesZh(e.size)}${pixels}`],
    ['类型、来源', `${e.type}；${e.source}`],
    ['制作方法', e.method],
    ['制作时间', `${e.madeAt ?? '无'}（依据：${e.madeAtBasis}）`],
    ['制作人', e.maker],
    ['证明对象', e.proves || '—'],
    ['拍摄地点', where + gpsAside],
    ['所在网格', e.grids.join('；') || '—'],
    ['拍摄设备', e.device ?? '未记录'],
    ['设备登记', camera],
    ['SHA-256', hash(e.sha256)],
    ['SM3', hash(e.sm3)],
    ['原件位置', location],
    ['提示', e.warnings.length ? { text: e.warnings.map((w) => `• ${w.zh}`).join('\n'), color: COLOR.alert } : '无'],
    ['第四十一条审核', review],
  ];
  return rows;
}
