// What a chain problem's fix asks for, and where the case screen goes to do it.

import type { ChainVerdictDto } from '../../../electron/contract/dto';

export type ChainElement = ChainVerdictDto['elements'][number];
export type ChainProblem = ChainElement['problems'][number];
export type Fix = NonNullable<ChainProblem['fix']>;
export type ElementId = ChainElement['id'];

export const ELEMENT_ORDER: readonly ElementId[] = ['act', 'time', 'place', 'party', 'device', 'procedure'];

/** Notice kinds a fix may name as its ref ("serve one of these"), as opposed to the id of a served notice. */
export type NoticeKind = 'correction-order' | 'facts-notice';

export function isNoticeKind(ref: string | null): ref is NoticeKind {
  return ref === 'correction-order' || ref === 'facts-notice';
}
