// One bridge for the whole UI: the preload's object inside Electron, the HTTP bridge in a plain browser.

import { BRIDGE_GLOBAL } from '../../../electron/contract/bridge';
import type { CaseChainBridge } from '../../../electron/contract/bridge';
import { createHttpBridge, takeToken } from './http-bridge';

export type BridgeKind = 'electron' | 'http';

function pick(): { bridge: CaseChainBridge; kind: BridgeKind } {
  const exposed = (window as unknown as Record<string, CaseChainBridge | undefined>)[BRIDGE_GLOBAL];
  if (exposed) return { bridge: exposed, kind: 'electron' };
  return { bridge: createHttpBridge(takeToken(window.location, window.sessionStorage, window.history)), kind: 'http' };
}

const picked = pick();

export const bridge: CaseChainBridge = picked.bridge;
/** Electron resolves a dropped folder to its path; a browser must walk it and upload the files inside. */
export const bridgeKind: BridgeKind = picked.kind;
