// Every event of the case in order — captures, service of notices, deadlines, reviews, statements — each with
// what its time rests on, the gaps between them spelled out (so "re-captured after the deadline" can be seen), a
// "now" mark where the case stands among pending deadlines, and each event leading to its capture or notice.

import { Fragment } from 'react';
import type { ChainVerdictDto, NoticeDto } from '../../../electron/contract/dto';
import { splitSpan } from '../format/durations';
import { formatLocalText } from '../format/local-text';
import { useI18n } from '../i18n';

type Event = ChainVerdictDto['timeline'][number];

/** Gaps shorter than this are not worth a line (events of the same minute, a review right after another). */
const MIN_GAP_MS = 10 * 60_000;

interface Props {
  events: readonly Event[];
  notices: readonly NoticeDto[];
  /** Where "now" falls among the events; left out where now does not matter (a case file read later). */
  nowMs?: number;
  /** Leads from an event to its capture or notice; without it the events are plain text. */
  onOpen?: (event: Event) => void;
}

export function ChainTimeline({ events, notices, nowMs = Number.POSITIVE_INFINITY, onOpen }: Props) {
  const { t, language } = useI18n();
  if (events.length === 0) return <p className="muted small">{t.timelineEmpty}</p>;
  const nowIndex = events.findIndex((e) => e.atMs > nowMs);

  const label = (e: Event): string => {
    const notice = e.kind === 'notice-served' ? notices.find((n) => n.id === e.ref) : undefined;
    if (notice) return t.timelineServed(t.noticeKinds[notice.kind], notice.number, t.serviceMethods[notice.method]);
    return language === 'en' ? e.labelEn : e.label;
  };

  return (
    <ol className="timeline" data-testid="timeline">
      {events.map((e, i) => {
        const prev = events[i - 1];
        const gap = prev ? e.atMs - prev.atMs : 0;
        const span = splitSpan(gap);
        return (
          <Fragment key={`${e.kind}-${e.atMs}-${e.ref ?? i}`}>
            {gap >= MIN_GAP_MS && (
              <li className="tl-gap" aria-hidden="true">
                {t.timelineGap(span.days, span.hours, span.minutes)}
              </li>
            )}
            {i === nowIndex && (
              <li className="tl-now" aria-label={t.timelineNow}>
                <span>{t.timelineNow}</span>
              </li>
            )}
            <li className={`tl-event tl-${e.kind}${e.atMs > nowMs ? ' is-future' : ''}`} data-testid="timeline-event" data-kind={e.kind}>
              <span className="tl-dot" aria-hidden="true" />
              <span className="tl-at">{formatLocalText(e.at, t.dateStyle)}</span>
              <span className="tl-body">
                {/* The labels start with what happened (拍摄…, 送达…); only deadlines get a tag of their own. */}
                {e.kind === 'deadline' && <span className="tl-kind">{t.timelineKinds[e.kind]}</span>}
                {e.ref && onOpen ? (
                  <button type="button" className="link-btn tl-label" onClick={() => onOpen(e)}>
                    {label(e)}
                  </button>
                ) : (
                  <span className="tl-label">{label(e)}</span>
                )}
                <span className="tl-basis">{t.timelineBasis(e.basis)}</span>
              </span>
            </li>
          </Fragment>
        );
      })}
    </ol>
  );
}
