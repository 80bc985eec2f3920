// Above the gallery: sort by evidence number or capture time, filter by device, warnings and review state, and
// how many captures the filters leave.

import { useMemo } from 'react';
import type { EvidenceItem } from '../../../electron/contract/dto';
import type { ReviewMark } from '../chain/review-marks';
import { deviceOptions, isFiltered, warningCodesIn } from '../evidence/gallery-view';
import type { GallerySort, GalleryView, ReviewFilter, WarningFilter } from '../evidence/gallery-view';
import { useI18n } from '../i18n';

interface Props {
  items: readonly EvidenceItem[];
  shown: number;
  view: GalleryView;
  onChange: (view: GalleryView) => void;
}

const SORTS: readonly GallerySort[] = ['seq', 'time-asc', 'time-desc'];
const SEVERITIES = ['serious', 'warning', 'info'] as const;
const REVIEWS: readonly ReviewMark[] = ['none', 'passed', 'failed'];

export function GalleryToolbar({ items, shown, view, onChange }: Props) {
  const { t } = useI18n();
  // Thousands of captures: the choices are worked out once per evidence list, not on every render.
  const devices = useMemo(() => deviceOptions(items), [items]);
  const codes = useMemo(() => warningCodesIn(items), [items]);
  const set = (patch: Partial<GalleryView>): void => onChange({ ...view, ...patch });
  return (
    <div className="gallery-toolbar" role="group" aria-label={t.galleryToolbar} data-testid="gallery-toolbar">
      <label className="toolbar-field">
        <span aria-hidden="true">{t.gallerySort}</span>
        <select aria-label={t.gallerySort} value={view.sort} onChange={(e) => set({ sort: e.target.value as GallerySort })}>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t.gallerySorts[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar-field">
        <span aria-hidden="true">{t.galleryDevice}</span>
        <select aria-label={t.galleryDevice} value={view.device ?? '*'} onChange={(e) => set({ device: e.target.value === '*' ? null : e.target.value })}>
          <option value="*">{t.galleryDeviceAll}</option>
          {devices.map((d) => (
            <option key={d.key} value={d.key}>
              {t.galleryDeviceOption(d.label || t.galleryDeviceNone, d.count)}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar-field">
        <span aria-hidden="true">{t.galleryWarning}</span>
        <select aria-label={t.galleryWarning} value={view.warning} onChange={(e) => set({ warning: e.target.value as WarningFilter })}>
          <option value="all">{t.galleryWarningAll}</option>
          <option value="any">{t.galleryWarningAny}</option>
          <option value="none">{t.galleryWarningNone}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t.galleryWarningSeverity[s]}
            </option>
          ))}
          {codes.length > 0 && (
            <optgroup label={t.galleryWarningCodes}>
              {codes.map((c) => (
                <option key={c} value={c}>
                  {t.warningShort[c]}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <label className="toolbar-field">
        <span aria-hidden="true">{t.galleryReview}</span>
        <select aria-label={t.galleryReview} value={view.review} onChange={(e) => set({ review: e.target.value as ReviewFilter })}>
          <option value="all">{t.galleryReviewAll}</option>
          {REVIEWS.map((r) => (
            <option key={r} value={r}>
              {t.reviewMarks[r]}
            </option>
          ))}
        </select>
      </label>
      <span className="toolbar-count" data-testid="gallery-shown" aria-live="polite">
        {t.galleryShown(shown, items.length)}
      </span>
      {isFiltered(view) && (
        <button type="button" className="link-btn" onClick={() => onChange({ ...view, device: null, warning: 'all', review: 'all' })}>
          {t.clearFilters}
        </button>
      )}
    </div>
  );
}
