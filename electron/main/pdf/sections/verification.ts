// 如何核验本案卷: how a legal reviewer checks, offline, that this file is intact and who signed it, that each
// original is the one recorded, and how the machine-readable manifest ties it together.

import { MANIFEST_ATTACHMENT_NAME } from '../../../core/casefile/manifest';
import type { ManifestAttachment } from '../../../core/casefile/manifest-builder';
import type { LayoutContext } from './context';
import { paragraph, sectionTitle } from '../layout/text';
import { SIZE } from '../layout/style';

export function drawVerification(ctx: LayoutContext, attachments: readonly (ManifestAttachment & { description: string })[], signatureBlock: boolean): void {
  const { model, flow } = ctx;
  ctx.section('如何核验本案卷');
  sectionTitle(flow, '如何核验本案卷');
  const images = model.evidence.length;
  const steps = [
    `签名覆盖整个文件。本案卷以电子签名签署${signatureBlock ? '（见本页下方签名栏）' : ''}，签名覆盖除签名值本身以外的全部字节：签名后对本文件的任何改动——包括页面、照片、附件和本页——都会使签名验证失败（《电子签名法》第十三条、第十四条）。在 PDF 阅读器的签名面板中查看签名人和证书；或在命令行运行 pdfsig 案卷.pdf，应显示 “Signature is Valid” 和 “Total document signed”。`,
    `逐件核对证据的校验值。本案卷共有 ${images} 件证据，每件的原始文件原样嵌入：JPEG 照片是页面上的图像对象，其数据流字节与原始文件完全一致（可用 pdfimages -j 原样取出）；其他格式的原始文件作为附件原样嵌入（可用 pdfdetach -saveall 取出）。取出的文件计算 SHA-256（如 sha256sum）或 SM3，应与“证据清单”和各证据页所载的值一致；一致即说明该文件自导入时起未被修改。`,
    `机器可读清单。附件 ${MANIFEST_ATTACHMENT_NAME}（格式 casechain.casefile/1）载明每件证据的哈希值及其在本文件中的位置（图像对象号或附件名）、证据链结论、部门数据来源和审计日志头，供省统一行政执法平台等系统读取。`,
    `一次完成以上核验：运行 casechain verify 案卷.pdf，将检查签名、逐件重算每件证据的 SHA-256 并与清单和证据清单比对，并报告任何不符之处。`,
    `部门数据与审计日志。“当事人身份认定”列出了当事人记录所依据的部门数据文件及其 SHA-256，可与各部门的原始导出文件核对；“审计日志摘录”列出了本案每一步操作的日志哈希和生成时的日志头，可与工作区日志核对（casechain audit verify）。`,
  ];
  steps.forEach((s, i) => paragraph(flow, `${i + 1}. ${s}`, { hanging: SIZE.body * 1.2, spaceAfter: SIZE.body * 0.6 }));
  if (attachments.length) {
    paragraph(flow, '其他附件：', { heading: true, size: SIZE.body, spaceAfter: 2 });
    for (const a of attachments) paragraph(flow, `• ${a.name}（${a.description}）SHA-256 ${a.sha256}`, { size: SIZE.table, hanging: SIZE.table });
  }
}
