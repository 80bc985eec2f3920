// What the renderer gets from the preload (Electron) or the browser bridge. Kept free of runtime imports: the
// sandboxed preload can load nothing but 'electron', so this file must bundle to plain constants.

import type { Envelope } from './envelope';
import type { Input, Method, Output } from './api';

/** A file the user dropped or picked, as the DOM gives it (the contract itself has no DOM types). */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
}

/** One typed call, plus file access. */
export interface CaseChainBridge {
  call<M extends Method>(method: M, input: Input<M>): Promise<Envelope<Output<M>>>;
  /** Local paths for files the user dropped or picked, uploading them first where the UI runs in a browser. */
  pathsForFiles(files: readonly PickedFile[]): Promise<string[]>;
  /** Opens a native picker where there is one (Electron); null means the UI should use an <input type=file>. */
  pickPaths(kind: 'files' | 'folder'): Promise<string[] | null>;
  /** A URL the <img> tag can load: the stored original or its thumbnail. */
  mediaUrl(sha256: string, variant: 'original' | 'thumbnail'): string;
  /** A URL for a case file exported into the workspace (`exportResult.fileName`), to download or open it. */
  exportUrl(fileName: string): string;
  /** A URL for evidence `no` inside a case file the reviewer's screen has verified (`casefile.verify`) at `path`. */
  verifiedEvidenceUrl(path: string, no: number): string;
  /**
   * Shows an exported case file (`exportResult.fileName`) selected in the system's file manager. Null where there
   * is no file manager to open (a browser): the UI offers the download instead.
   */
  showExportInFolder: ((fileName: string) => Promise<void>) | null;
}

/** What an exported file's name must look like before main will touch a path built from it. */
export const EXPORT_FILE_NAME = /^[^/\\]+\.(pdf|zip)$/;

export const BRIDGE_GLOBAL = 'casechain';
