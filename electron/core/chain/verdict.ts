// What the chain rules conclude: each element proved, weak or missing, the evidence that proves it, and every
// failed check with a stable code and a reason a handler understands, in Chinese and English.

import type { ElementId } from './catalog';

export type ElementState = 'proved' | 'weak' | 'missing';

export interface ChainProblem {
  code: string;
  /** blocking: the element is not proved; weak: proved, but a reviewer will question it; info: noted only. */
  severity: 'blocking' | 'weak' | 'info';
  message: string;
  messageEn: string;
  /** What the handler can do about it, for the UI's "fix" link: an evidence item, a notice kind, a panel. */
  fix: { target: 'review' | 'evidence' | 'party' | 'notice' | 'import' | 'camera-registry' | 'statement'; ref: string | null } | null;
}

export interface ElementVerdict {
  id: ElementId;
  name: string;
  nameEn: string;
  state: ElementState;
  /** Evidence item ids, notice ids or record refs that prove it. */
  evidence: string[];
  problems: ChainProblem[];
}

export function problem(
  code: string,
  severity: ChainProblem['severity'],
  message: string,
  messageEn: string,
  fix: ChainProblem['fix'] = null,
): ChainProblem {
  return { code, severity, message, messageEn, fix };
}

export function stateOf(problems: ChainProblem[], hasProof: boolean): ElementState {
  if (!hasProof || problems.some((p) => p.severity === 'blocking')) return 'missing';
  return problems.some((p) => p.severity === 'weak') ? 'weak' : 'proved';
}
