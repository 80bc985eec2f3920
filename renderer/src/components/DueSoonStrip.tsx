// Above the case list: the cases whose next deadline is within a week, soonest first, each a link to the case.

import type { CaseSummary } from '../../../electron/contract/dto';
import { daysLeft, DUE_SOON_DAYS, isUrgent } from '../cases/deadline';
import { caseHref } from '../hooks/useHashRoute';
import { useI18n } from '../i18n';

interface Props {
  cases: readonly CaseSummary[];
  nowMs: number;
}

export function DueSoonStrip({ cases, nowMs }: Props) {
  const { t } = useI18n();
  if (cases.length === 0) return null;
  return (
    <section className="due-strip" aria-label={t.dueSoonHeading(DUE_SOON_DAYS)} data-testid="due-soon">
      <h2 className="due-strip-title">
        {t.dueSoonHeading(DUE_SOON_DAYS)}
      </h2>
      <ul className="due-strip-list">
        {cases.map((c) => {
          const d = c.nextDeadline;
          if (!d) return null;
          return (
            <li key={c.id} className={isUrgent(d.atMs, nowMs) ? 'due-item is-urgent' : 'due-item'} data-testid="due-soon-item">
              <a href={caseHref(c.id)} className="due-link">
                <span className="mono">{c.id}</span> <span className="due-case-title">{c.title}</span>
              </a>
              <span className="due-what">
                {t.deadlineKinds[d.kind]} · <strong>{t.daysLeft(daysLeft(d.atMs, nowMs))}</strong>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
