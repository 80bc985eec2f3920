// The verdict for a case: each element with its state, evidence and problems; complete only when every element
// is proved; the timeline; and the suggested discretion tier.

import type { ChainInput } from './chain-input';
import { suggestTier } from './discretion';
import type { DiscretionSuggestion } from './discretion';
import { evaluateAct, evaluateDevice, evaluateParty, evaluatePlace, evaluateProcedure, evaluateTime } from './elements';
import { buildTimeline } from './timeline';
import type { TimelineEvent } from './timeline';
import type { ElementVerdict } from './verdict';

export interface ChainVerdict {
  caseId: string;
  itemCode: string;
  complete: boolean;
  elements: ElementVerdict[];
  timeline: TimelineEvent[];
  discretion: DiscretionSuggestion;
}

export function evaluateChain(input: ChainInput): ChainVerdict {
  const procedure = evaluateProcedure(input);
  const elements = [evaluateAct(input), evaluateTime(input), evaluatePlace(input), evaluateParty(input), evaluateDevice(input), procedure.verdict];
  const corrected = procedure.facts.recaptureAfterDeadline ? false : null;
  return {
    caseId: input.caseId,
    itemCode: input.item.code,
    complete: elements.every((e) => e.state === 'proved'),
    elements,
    timeline: buildTimeline(input, procedure.facts),
    discretion: suggestTier(input.item, { priorCaseIds: input.priorCaseIds, firstViolation: input.priorCaseIds.length === 0, corrected }),
  };
}
