// What a chain reference names, in words a handler reads: "C2026-0002-E003" → "E003", a notice id → its number
// (责改〔2026〕0002号), the confirmed party's record → its name; any other record by its ref.

import type { ConfirmedParty, NoticeDto } from '../../../electron/contract/dto';

export interface RefContext {
  caseId: string;
  notices: readonly NoticeDto[];
  party: ConfirmedParty | null;
}

export type RefKind = 'evidence' | 'notice' | 'party' | 'record';

export function refKind(ref: string, ctx: RefContext): RefKind {
  if (ref.startsWith(`${ctx.caseId}-`)) return 'evidence';
  if (ctx.notices.some((n) => n.id === ref)) return 'notice';
  if (ctx.party?.ref === ref) return 'party';
  return 'record';
}

export function shortEvidence(ref: string, caseId: string): string {
  return ref.startsWith(`${caseId}-`) ? ref.slice(caseId.length + 1) : ref;
}

export function refText(ref: string, ctx: RefContext, words: { party: (name: string) => string; record: (ref: string) => string }): string {
  switch (refKind(ref, ctx)) {
    case 'evidence':
      return shortEvidence(ref, ctx.caseId);
    case 'notice':
      return ctx.notices.find((n) => n.id === ref)?.number ?? ref;
    case 'party':
      return words.party(ctx.party?.name ?? ref);
    case 'record':
      return words.record(ref);
  }
}
