// A case's status in one chip: still being handled (with what its evidence chain lacks), evidence chain complete,
// or exported as a signed case file (with when); and its six chain elements at a glance.

import type { CaseSummary } from '../../../electron/contract/dto';
import { formatInstantInZone } from '../format/date-time';
import { useI18n } from '../i18n';
import { ChainBadge } from './ChainBadge';
import { ElementsGlance } from './ElementsGlance';

interface Props {
  summary: Pick<CaseSummary, 'status' | 'complete' | 'type' | 'lastExportAt' | 'elements'>;
  zone: string;
}

export function StatusBadge({ summary, zone }: Props) {
  const { t } = useI18n();
  const { status } = summary;
  const exported = summary.lastExportAt ? t.exportedAt(formatInstantInZone(summary.lastExportAt, zone, t.dateStyle)) : undefined;
  return (
    <span className="status-cell">
      <span className={`status-badge status-${status}`} data-testid="status-badge" data-status={status} title={status === 'exported' ? exported : undefined}>
        <span className="status-dot" aria-hidden="true" />
        {t.caseStatus[status]}
      </span>
      {/* Still being handled: say what the chain lacks, or why it cannot be judged. */}
      {status === 'collecting' && summary.complete !== true && <ChainBadge complete={summary.complete} type={summary.type} />}
      {summary.elements && <ElementsGlance elements={summary.elements} />}
    </span>
  );
}
