// 卷内目录: every section and evidence page with its page numbers. The contents come after the cover but are
// drawn after the body, so their length is found by a dry run first and the page numbers are final.

import type { PDFDocument } from 'pdf-lib';
import type { CaseFileFonts } from '../fonts';
import { Flow } from '../layout/flow';
import { sectionTitle } from '../layout/text';
import { table } from '../layout/table';
import type { ContentsEntry } from './context';

export interface NumberedEntry {
  title: string;
  date: string;
  pages: string;
}

function layContents(flow: Flow, entries: NumberedEntry[]): void {
  flow.newPage();
  sectionTitle(flow, '卷内目录');
  table(
    flow,
    [{ title: '序号', weight: 0.7, align: 'center' }, { title: '题名', weight: 5 }, { title: '日期', weight: 1.9, align: 'center' }, { title: '页号', weight: 1, align: 'center' }],
    entries.map((e, i) => [String(i + 1), e.title, e.date, e.pages]),
  );
}

/** Inserts the contents after the cover (index 1) and returns how many pages they took. */
export function drawContents(doc: PDFDocument, fonts: CaseFileFonts, entries: ContentsEntry[]): number {
  const placeholder = entries.map((e) => ({ title: e.title, date: e.date, pages: '000–000' }));
  const dry = new Flow(doc, fonts, 1, true);
  layContents(dry, placeholder);
  const pagesOfContents = dry.pageCount;
  // The body pages move back by the contents' length once they are inserted; number them as they will be.
  const bodyPages = doc.getPages();
  const numberOf = (page: ContentsEntry['start']): number => bodyPages.indexOf(page) + 1 + pagesOfContents;
  const numbered = entries.map((e) => {
    const start = numberOf(e.start);
    const end = numberOf(e.end);
    return { title: e.title, date: e.date, pages: end > start ? `${start}–${end}` : String(start) };
  });
  const flow = new Flow(doc, fonts, 1);
  layContents(flow, numbered);
  if (flow.pageCount !== pagesOfContents) throw new Error(`contents took ${flow.pageCount} pages, expected ${pagesOfContents}`);
  return pagesOfContents;
}
