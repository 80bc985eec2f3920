// A case's next deadline on the case list: the day, how many days are left, and which notice set it; urgent when
// only a few days are left.

import type { CaseSummary } from '../../../electron/contract/dto';
import { daysLeft, isUrgent } from '../cases/deadline';
import { useI18n } from '../i18n';

interface Props {
  deadline: CaseSummary['nextDeadline'];
  nowMs: number;
}

export function DeadlineCell({ deadline, nowMs }: Props) {
  const { t } = useI18n();
  if (!deadline) return <span className="muted">—</span>;
  const urgent = isUrgent(deadline.atMs, nowMs);
  return (
    <span className={urgent ? 'deadline-cell is-urgent' : 'deadline-cell'} data-testid="deadline" data-urgent={urgent} title={t.deadlineTitle(t.deadlineKinds[deadline.kind], deadline.number)}>
      <span className="deadline-left">{t.daysLeft(daysLeft(deadline.atMs, nowMs))}</span>
      <span className="deadline-at">{deadline.at}</span>
    </span>
  );
}
