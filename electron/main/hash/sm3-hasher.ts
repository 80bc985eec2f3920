// An SM3 hasher for the import: Node's own (OpenSSL's sm3, about ten times faster) where the runtime has one, and
// the pure TypeScript implementation from the core where it does not. Electron links BoringSSL, which has no SM3,
// so the desktop app uses the core's; the CLI and the browser host on plain Node use OpenSSL's. Both are checked
// against the GB/T 32905 vectors in the tests.

import { createHash } from 'node:crypto';
import { Sm3 } from '../../core/hash/sm3';

export interface Sm3Hasher {
  update(chunk: Uint8Array): void;
  digestHex(): string;
}

export type Sm3Implementation = 'native' | 'pure';

function nativeAvailable(): boolean {
  try {
    return createHash('sm3').update('abc').digest('hex') === '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0';
  } catch {
    return false;
  }
}

let detected: Sm3Implementation | null = null;

/**
 * Which SM3 this runtime uses, decided once by hashing the standard's "abc" vector. CASECHAIN_SM3=pure forces the
 * core's implementation, to measure on plain Node what the desktop app does (`npm run bench:import`).
 */
export function sm3Implementation(): Sm3Implementation {
  detected ??= process.env['CASECHAIN_SM3'] !== 'pure' && nativeAvailable() ? 'native' : 'pure';
  return detected;
}

export function createSm3Hasher(implementation: Sm3Implementation = sm3Implementation()): Sm3Hasher {
  if (implementation === 'native') {
    const hash = createHash('sm3');
    return { update: (chunk) => void hash.update(chunk), digestHex: () => hash.digest('hex') };
  }
  const sm3 = new Sm3();
  return { update: (chunk) => sm3.update(chunk), digestHex: () => sm3.digestHex() };
}
