// One capture in the gallery: its picture, its capture time (or that it has none), a badge for warnings and a
// mark for its Art. 41 review (not reviewed, reviewed, failed).

import { memo } from 'react';
import type { EvidenceItem } from '../../../electron/contract/dto';
import type { ReviewMark } from '../chain/review-marks';
import { worstSeverity } from '../evidence/warnings';
import { formatWallTime } from '../format/date-time';
import { useI18n } from '../i18n';
import { Thumbnail } from './MediaPreview';

interface Props {
  item: EvidenceItem;
  selected: boolean;
  tabbable: boolean;
  /** Undefined while not known. */
  review: ReviewMark | undefined;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
}

export const GalleryTile = memo(function GalleryTile({ item, selected, tabbable, review, onSelect, onOpen }: Props) {
  const { t } = useI18n();
  const severity = worstSeverity(item.warnings);
  const time = item.capturedAt ? formatWallTime(item.capturedAt, t.dateStyle, { omitOffset: true, omitFraction: true }) : t.noCaptureTime;
  const seq = item.id.slice(item.caseId.length + 1);
  return (
    <button
      type="button"
      className={selected ? 'tile is-selected' : 'tile'}
      aria-pressed={selected}
      aria-label={t.tileLabel(seq, item.sourceName, time, item.warnings.length, review ? t.reviewMarks[review] : null)}
      tabIndex={tabbable ? 0 : -1}
      data-evidence-id={item.id}
      onClick={() => onSelect(item.id)}
      onDoubleClick={() => onOpen(item.id)}
    >
      <span className="tile-pic">
        <Thumbnail item={item} />
        {review && (
          <span className={`tile-review review-${review}`} data-testid="review-mark" data-review={review}>
            <span aria-hidden="true">{review === 'passed' ? '✓' : review === 'failed' ? '✕' : '○'}</span> {t.reviewMarks[review]}
          </span>
        )}
        {severity && (
          <span className={`tile-badge sev-${severity}`} title={t.warningsBadge(item.warnings.length)}>
            <span aria-hidden="true">!</span> {item.warnings.length}
          </span>
        )}
      </span>
      <span className="tile-caption">
        <span className={item.capturedAt ? 'tile-time' : 'tile-time is-missing'}>
          {time}
        </span>
        <span className="tile-name" title={item.sourceName}>
          <span className="tile-seq">{seq}</span> {item.sourceName}
        </span>
      </span>
    </button>
  );
});
