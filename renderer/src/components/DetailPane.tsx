// Everything the case file will say about one capture: every doubt about it, its Art. 41 review, how it was made
// and what it proves, when (and on what basis), where, with what device, the file itself, its hashes and where
// it came from.

import type { EvidenceItem } from '../../../electron/contract/dto';
import { call } from '../bridge/call';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n';
import { EvidenceFacts, FactSection as Section } from './EvidenceFacts';
import { EvidenceMetaSection } from './EvidenceMetaSection';
import { ErrorBanner } from './ErrorBanner';
import { DetailPreview } from './MediaPreview';
import { PlateField } from './PlateField';
import { ReviewSection } from './ReviewSection';
import { WarningList } from './WarningList';

interface Props {
  item: EvidenceItem | null;
  zone: string;
  /** Changes whenever the case changes, so the review reloads. */
  version: number;
  /** Bumped when the chain panel asks for this item's review form. */
  reviewFocus: number;
  onChanged: () => void;
  onBackToChain: () => void;
  /** Opens the capture in the large viewer. */
  onView: (id: string) => void;
}

/** The plate recorded on the item, once the evidence list carries it (the contract does not yet). */
function recordedPlate(item: EvidenceItem): string | null {
  const plate = (item as EvidenceItem & { plate?: unknown }).plate;
  return typeof plate === 'string' && plate !== '' ? plate : null;
}

export function DetailPane({ item, zone, version, reviewFocus, onChanged, onBackToChain, onView }: Props) {
  const { t } = useI18n();
  const itemId = item?.id ?? null;
  // Tagged with the item it belongs to: while the next item's answer loads, the previous one must not show.
  const checks = useLoad(async () => (itemId ? { itemId, ...(await call('evidence.reviewOf', { evidenceId: itemId })) } : null), [itemId, version]);
  if (!item) return <p className="detail-empty">{t.detailEmpty}</p>;
  const loaded = checks.data.value?.itemId === item.id ? checks.data.value : undefined;

  return (
    <article className="detail" aria-label={t.tabDetail} data-testid="detail-pane">
      <header className="detail-head">
        <h2 className="detail-title" title={item.sourceName}>
          {item.sourceName}
        </h2>
        <span className="detail-id mono">{item.id}</span>
        <button type="button" className="btn btn-small" onClick={() => onView(item.id)} aria-keyshortcuts="V" data-testid="view-large">
          {t.viewerOpen}
        </button>
      </header>

      <DetailPreview item={item} />

      <Section title={t.sectionWarnings}>
        <WarningList codes={item.warnings} />
      </Section>

      <ReviewSection
        key={`review-${item.id}`}
        caseId={item.caseId}
        evidenceId={item.id}
        zone={zone}
        review={loaded?.review}
        focusNonce={reviewFocus}
        onReviewed={onChanged}
        onBackToChain={onBackToChain}
      />
      {checks.data.state === 'error' && <ErrorBanner error={checks.data.error} onRetry={() => void checks.reload()} />}

      <EvidenceMetaSection key={`meta-${item.id}`} caseId={item.caseId} evidenceId={item.id} meta={loaded?.meta} onChanged={onChanged} />

      <PlateField key={item.id} evidenceId={item.id} recorded={recordedPlate(item)} />

      <EvidenceFacts item={item} zone={zone} />
    </article>
  );
}
