// The only thing the sandboxed renderer can reach: one object that satisfies the contract's bridge type.
// No Node, no ipcRenderer, no paths beyond what the user dropped or picked.

import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { BRIDGE_GLOBAL } from '../contract/bridge';
import type { Method } from '../contract/api';
import type { CaseChainBridge, PickedFile } from '../contract/bridge';

const bridge = {
  call: (method: Method, input: unknown) => ipcRenderer.invoke('casechain:call', method, input),
  pathsForFiles: async (files: readonly PickedFile[]) => files.map((f) => webUtils.getPathForFile(f as File)),
  pickPaths: (kind: 'files' | 'folder') => ipcRenderer.invoke('casechain:pick', kind),
  mediaUrl: (sha256: string, variant: 'original' | 'thumbnail') => `casechain-media://${variant}/${sha256}`,
  exportUrl: (fileName: string) => `casechain-media://export/${encodeURIComponent(fileName)}`,
  verifiedEvidenceUrl: (path: string, no: number) => `casechain-media://verified/${no}?path=${encodeURIComponent(path)}`,
  showExportInFolder: async (fileName: string) => {
    await ipcRenderer.invoke('casechain:reveal-export', fileName);
  },
} satisfies CaseChainBridge;

// Reviewed for Electronegativity's PRELOAD_JS_CHECK: ipcRenderer is not exposed, only fixed channels behind these
// functions (tests/adapter/electronegativity.test.ts).
contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
