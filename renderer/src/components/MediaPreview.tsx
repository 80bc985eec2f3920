// The picture for an item: its thumbnail (turned by the original's Orientation), the original, or a placeholder
// that names the format the browser cannot draw.

import { useState } from 'react';
import type { EvidenceItem } from '../../../electron/contract/dto';
import { bridge } from '../bridge';
import { canShowOriginal, placeholderKind, previewSource, thumbnailTransform } from '../evidence/media-kind';
import type { PlaceholderKind } from '../evidence/media-kind';
import { useI18n } from '../i18n';

type Item = Pick<EvidenceItem, 'sha256' | 'hasThumbnail' | 'mediaType' | 'orientation' | 'sourceName'>;

export function Placeholder({ kind }: { kind: PlaceholderKind }) {
  const { t } = useI18n();
  return (
    <span className={`placeholder placeholder-${kind}`}>
      <PlaceholderIcon kind={kind} />
      <span className="placeholder-label">{t.placeholder[kind]}</span>
    </span>
  );
}

function PlaceholderIcon({ kind }: { kind: PlaceholderKind }) {
  if (kind === 'video') {
    return (
      <svg viewBox="0 0 24 24" width="32" height="32" aria-hidden="true">
        <rect x="2.5" y="5.5" width="14" height="13" rx="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M16.5 10l5-3v10l-5-3z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      </svg>
    );
  }
  return (
    <svg viewBox="0 0 24 24" width="32" height="32" aria-hidden="true">
      <rect x="3" y="4" width="18" height="16" rx="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <circle cx="9" cy="9.5" r="1.8" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M3.5 17l5.5-5 4 3.5 3-2.5 4.5 4" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
    </svg>
  );
}

/** A tile's image: fills a 4:3 box, letterboxed, never cropped (evidence must be seen whole). */
export function Thumbnail({ item }: { item: Item }) {
  const [failed, setFailed] = useState(false);
  const source = previewSource(item);
  if (failed || source.kind === 'placeholder') return <Placeholder kind={source.kind === 'placeholder' ? source.label : placeholderKind(item.mediaType)} />;
  const turn = source.kind === 'thumbnail' ? thumbnailTransform(item.orientation) : undefined;
  const swaps = item.orientation !== null && item.orientation >= 5 && item.orientation <= 8 && turn !== undefined;
  return (
    <img
      className={swaps ? 'thumb-img thumb-swapped' : 'thumb-img'}
      style={turn ? { transform: swaps ? `translate(-50%, -50%) ${turn}` : turn } : undefined}
      src={bridge.mediaUrl(item.sha256, source.kind === 'thumbnail' ? 'thumbnail' : 'original')}
      alt=""
      loading="lazy"
      decoding="async"
      draggable={false}
      onError={() => setFailed(true)}
    />
  );
}

/** The detail pane's picture: the original where the browser can draw it (it applies Orientation itself). */
export function DetailPreview({ item }: { item: Item }) {
  const { t } = useI18n();
  if (!canShowOriginal(item.mediaType)) {
    return (
      <div className="detail-preview">
        <Thumbnail item={item} />
      </div>
    );
  }
  return (
    <div className="detail-preview">
      <img className="detail-img" src={bridge.mediaUrl(item.sha256, 'original')} alt={t.previewLabel(item.sourceName)} decoding="async" />
    </div>
  );
}
