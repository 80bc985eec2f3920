// What verifying a case file reports: one check per question a legal reviewer asks, each answered separately in
// Chinese and English, so a failure says exactly what is wrong and everything else can still be read.

import type { CaseFileManifest } from '../../core/casefile/manifest';
import type { CertificateInfo } from '../signing/certificate-info';

export interface VerifyCheck {
  /** Stable: signature-present, byte-range, after-signing, cms, message-digest, signature-value,
   * signing-certificate, timestamp, certificate-validity, certificate-trust, manifest, evidence-<no>,
   * attachment-<name>, unlisted-attachments, chain-verdict, chain-complete. */
  id: string;
  ok: boolean;
  message: string;
  messageEn: string;
  details: Record<string, unknown> | null;
}

/** The chain as re-evaluated from the manifest by the caller's rules (ChainVerdict satisfies this). */
export interface ReevaluatedChain {
  complete: boolean;
  elements: { id: string; state: string }[];
}

export interface VerifyOptions {
  /** A folder of trusted certificates (.cer/.crt/.pem/.der): the signer must chain to one of them. */
  trustDir?: string;
  /** Re-runs the chain rules on the manifest; by default only its internal consistency is checked. */
  reevaluate?: (manifest: CaseFileManifest) => ReevaluatedChain | Promise<ReevaluatedChain>;
}

export interface VerifyResult {
  /** Every check passed. */
  ok: boolean;
  /** The integrity checks passed: signed as a whole, unchanged since, every hash as the manifest says. */
  intact: boolean;
  /** The certificate chains to the trust folder and was valid at the signing time. */
  trusted: boolean;
  signer: CertificateInfo | null;
  /** ISO 8601; from a timestamp when there is one, else the signer's clock (signature dictionary /M). */
  signingTime: string | null;
  signingTimeSource: 'timestamp' | 'signer-clock' | null;
  manifest: CaseFileManifest | null;
  checks: VerifyCheck[];
}

export function check(id: string, ok: boolean, message: string, messageEn: string, details: Record<string, unknown> | null = null): VerifyCheck {
  return { id, ok, message, messageEn, details };
}

/** 2048 → "2,048", independent of the process's locale. */
export const grouped = (n: number): string => n.toLocaleString('en-US');
export const shortHash = (hex: string): string => `${hex.slice(0, 12)}…`;
