// The verifier's public surface: one call, one report of separate checks.

export { verifyCaseFile } from './verify-case-file';
export type { ReevaluatedChain, VerifyCheck, VerifyOptions, VerifyResult } from './types';
