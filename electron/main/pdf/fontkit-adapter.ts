// pdf-lib 1.17 embeds custom fonts through a "fontkit" it is handed. The fork it was written for
// (@pdf-lib/fontkit 1.1) silently drops Chinese glyphs (DESIGN.md §5); fontkit 2 renders them, but its subsets
// have `encode()` returning bytes where pdf-lib calls `encodeStream()` and listens for data/end events.
// This adapter is the only place that knows the difference.

import * as fontkit from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

/** pdf-lib does not export its Fontkit interface by name. */
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

type Listener = (arg?: unknown) => void;

/** A one-shot emitter with the `on('data' | 'end' | 'error')` shape pdf-lib reads a subset from. */
function streamOf(encode: () => Uint8Array): { on(event: string, listener: Listener): unknown } {
  const listeners: Record<string, Listener[]> = {};
  queueMicrotask(() => {
    try {
      const bytes = encode();
      for (const l of listeners['data'] ?? []) l(bytes);
      for (const l of listeners['end'] ?? []) l();
    } catch (err) {
      for (const l of listeners['error'] ?? []) l(err);
    }
  });
  const stream = { on: (event: string, listener: Listener) => ((listeners[event] ??= []).push(listener), stream) };
  return stream;
}

export const fontkitForPdfLib: Fontkit = {
  create(buffer: Uint8Array, postscriptName?: string) {
    const font = fontkit.create(buffer, postscriptName);
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      return Object.assign(subset, { encodeStream: () => streamOf(() => subset.encode()) });
    };
    return font as unknown as ReturnType<Fontkit['create']>;
  },
};
