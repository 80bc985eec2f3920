// The case file's typefaces: Noto Serif SC Regular (Song style, 宋体) for body text and Noto Sans SC Bold
// (Hei style, 黑体) for headings, as Chinese official documents set them, and Noto Sans SC Regular for hashes and
// codes, whose even, open digits read better in long hexadecimal strings. The 10–15 MB TrueType files are read
// once per process from the npm packages and embedded as subsets (a few to ~40 KB each in the PDF).
//
// pdf-lib names an embedded font "NotoSerifSC-Regular-1234" without the `ABCDEF+` tag PDF readers expect on a
// subset (ISO 32000 §9.6.4; `pdffonts` then says "sub no"). Passing the tagged name as pdf-lib's `customName`
// writes it to all three places — the Type0 font's BaseFont, the CIDFont's BaseFont and the FontDescriptor's
// FontName — and, unlike patching the dictionaries after embedding, survives the re-embedding pdf-lib does when
// the signer draws more text with the same font and saves.

import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { fontkitForPdfLib } from './fontkit-adapter';

const FONT_FILES = {
  body: { module: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf', postscriptName: 'NotoSerifSC-Regular' },
  heading: { module: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf', postscriptName: 'NotoSansSC-Bold' },
  sans: { module: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf', postscriptName: 'NotoSansSC-Regular' },
} as const;

export type FontRole = keyof typeof FONT_FILES;
export type CaseFileFonts = Record<FontRole, PDFFont>;

const loaded = new Map<FontRole, Uint8Array>();

/** The font file's bytes, read on first use and kept for the life of the process. */
function fontBytes(role: FontRole): Uint8Array {
  let bytes = loaded.get(role);
  if (!bytes) {
    const path = createRequire(import.meta.url).resolve(FONT_FILES[role].module);
    bytes = new Uint8Array(readFileSync(path));
    loaded.set(role, bytes);
  }
  return bytes;
}

/**
 * A subset tag: six capital letters. Derived from the document's identity and the font, so the same case file
 * built twice is named the same, while two different files (whose subsets differ) are named differently.
 */
export function subsetTag(documentSeed: string, postscriptName: string): string {
  const digest = createHash('sha256').update(`${documentSeed}\u0000${postscriptName}`).digest();
  return Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join('');
}

/** Embeds the fonts into `doc` as tagged subsets. */
export async function embedCaseFileFonts(doc: PDFDocument, documentSeed: string): Promise<CaseFileFonts> {
  doc.registerFontkit(fontkitForPdfLib);
  const embed = (role: FontRole): Promise<PDFFont> => {
    const { postscriptName } = FONT_FILES[role];
    return doc.embedFont(fontBytes(role), { subset: true, customName: `${subsetTag(documentSeed, postscriptName)}+${postscriptName}` });
  };
  return { body: await embed('body'), heading: await embed('heading'), sans: await embed('sans') };
}
