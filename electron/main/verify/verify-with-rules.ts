// Verification as the CLI and the reviewer screen run it: the checks of verifyCaseFile, with the manifest's chain
// re-evaluated by the same core rules that produced it (from the facts the manifest carries).

import { evaluateChain } from '../../core/chain/evaluate-chain';
import type { CaseFileManifest } from '../../core/casefile/manifest';
import { verifyCaseFile } from './verify-case-file';
import type { ReevaluatedChain, VerifyResult } from './types';

function reevaluate(manifest: CaseFileManifest): ReevaluatedChain {
  const input = manifest.chainInput;
  if (!input) return { complete: manifest.complete, elements: manifest.verdict.elements.map((e) => ({ id: e.id, state: e.state })) };
  return evaluateChain(input);
}

export function verifyCaseFileOffline(bytes: Uint8Array, trustDir?: string): Promise<VerifyResult> {
  return verifyCaseFile(bytes, { ...(trustDir ? { trustDir } : {}), reevaluate });
}
