// What the sections share while the body is laid out: the model, the flow, the names of references, and the
// entries of the table of contents with the pages they start and end on (numbered once the contents are in).

import type { PDFPage } from 'pdf-lib';
import type { CaseFileModel } from '../../../core/casefile/case-file-model';
import type { Flow } from '../layout/flow';
import { evidenceRenumberer, refNamer } from './format';

export interface ContentsEntry {
  title: string;
  date: string;
  start: PDFPage;
  end: PDFPage;
}

export class LayoutContext {
  readonly contents: ContentsEntry[] = [];
  readonly refName: (ref: string) => string;
  /** Rewrites the chain's "证据 N（name）" mentions to this file's evidence numbers. */
  readonly renumber: (text: string, ref?: string | null) => string;

  constructor(
    readonly model: CaseFileModel,
    readonly flow: Flow,
  ) {
    this.refName = refNamer(model);
    this.renumber = evidenceRenumberer(model);
  }

  /**
   * Starts a table-of-contents entry: on a new page, or (`keep` > 0) where the cursor is if `keep` points still
   * fit. The previous entry ends on the page the cursor was on.
   */
  section(title: string, date = '', options: { newPage?: boolean; keep?: number } = {}): void {
    const previous = this.contents.at(-1);
    if (previous && this.flow.page) previous.end = this.flow.page;
    if (options.newPage ?? true) this.flow.newPage();
    else this.flow.ensure(options.keep ?? 80);
    const page = this.flow.page;
    if (!page) throw new Error('a section needs a page');
    this.contents.push({ title, date, start: page, end: page });
  }

  /** Closes the last entry at the current page. */
  finish(): void {
    const last = this.contents.at(-1);
    if (last && this.flow.page) last.end = this.flow.page;
  }
}
