// The verifier's checks sorted into the questions a legal reviewer asks in turn: is the file signed and unchanged,
// is the signer's certificate valid and trusted, does every item still hash to the manifest, does the chain hold.
// Ids are the stable ones of electron/main/verify/types.ts; an id this screen does not know goes to "other".

import type { VerifyResultDto } from '../../../electron/contract/dto';

export type VerifyCheck = VerifyResultDto['checks'][number];
export type CheckGroup = 'signature' | 'certificate' | 'content' | 'chain' | 'other';

export const CHECK_GROUPS: readonly CheckGroup[] = ['signature', 'certificate', 'content', 'chain', 'other'];

const SIGNATURE = new Set(['signature-present', 'byte-range', 'after-signing', 'cms', 'message-digest', 'signature-value', 'signing-certificate', 'timestamp']);
const CERTIFICATE = new Set(['certificate-validity', 'certificate-trust']);
const CHAIN = new Set(['chain-verdict', 'chain-complete']);

export function groupOf(id: string): CheckGroup {
  if (SIGNATURE.has(id)) return 'signature';
  if (CERTIFICATE.has(id)) return 'certificate';
  if (CHAIN.has(id)) return 'chain';
  if (id === 'manifest' || id === 'unlisted-attachments' || id.startsWith('evidence-') || id.startsWith('attachment-')) return 'content';
  return 'other';
}

export function groupChecks(checks: readonly VerifyCheck[]): { group: CheckGroup; checks: VerifyCheck[] }[] {
  return CHECK_GROUPS.map((group) => ({ group, checks: checks.filter((c) => groupOf(c.id) === group) })).filter((g) => g.checks.length > 0);
}

/** The hash check of evidence item `no` (id `evidence-<no>`), if the verifier made one. */
export function evidenceCheck(checks: readonly VerifyCheck[], no: number): VerifyCheck | null {
  return checks.find((c) => c.id === `evidence-${no}`) ?? null;
}
