// Everything the case file will say about one capture: every doubt about it, its Art. 41 review, how it was made
// and what it proves, when (and on what basis), where, with what device, the file itself, its hashes and where
// it came from.

import type { ReactNode } from 'react';
import type { EvidenceItem } from '../../../electron/contract/dto';
import { call } from '../bridge/call';
import { displayedSize } from '../evidence/media-kind';
import { formatInstantInZone, formatWallTime } from '../format/date-time';
import { formatAltitude, formatBytes, formatBytesGrouped, formatLatitude, formatLongitude } from '../format/numbers';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n';
import { EvidenceMetaSection } from './EvidenceMetaSection';
import { ErrorBanner } from './ErrorBanner';
import { DetailPreview } from './MediaPreview';
import { PlateField } from './PlateField';
import { ReviewSection } from './ReviewSection';
import { useTimeBasisText } from './TimeBasis';
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
}

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="detail-section" aria-label={title}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** The plate recorded on the item, once the evidence list carries it (the contract does not yet). */
function recordedPlate(item: EvidenceItem): string | null {
  const plate = (item as EvidenceItem & { plate?: unknown }).plate;
  return typeof plate === 'string' && plate !== '' ? plate : null;
}

export function DetailPane({ item, zone, version, reviewFocus, onChanged, onBackToChain }: Props) {
  const { t } = useI18n();
  const basisText = useTimeBasisText();
  const itemId = item?.id ?? null;
  // Tagged with the item it belongs to: while the next item's answer loads, the previous one must not show.
  const checks = useLoad(async () => (itemId ? { itemId, ...(await call('evidence.reviewOf', { evidenceId: itemId })) } : null), [itemId, version]);
  if (!item) return <p className="detail-empty">{t.detailEmpty}</p>;
  const loaded = checks.data.value?.itemId === item.id ? checks.data.value : undefined;

  const nr = <span className="muted">{t.notRecorded}</span>;
  const shown = displayedSize(item.width, item.height, item.orientation);
  const swapped = shown && (shown.width !== item.width || shown.height !== item.height);

  return (
    <article className="detail" aria-label={t.tabDetail} data-testid="detail-pane">
      <header className="detail-head">
        <h2 className="detail-title" title={item.sourceName}>
          {item.sourceName}
        </h2>
        <span className="detail-id mono">{item.id}</span>
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

      <Section title={t.sectionTime}>
        <dl className="facts">
          <Row label={t.capturedAt} testId="captured-at">
            {item.capturedAt ? <strong className="time-big">{formatWallTime(item.capturedAt, t.dateStyle)}</strong> : <strong className="text-serious">{t.basisNone}</strong>}
          </Row>
          <Row label={t.timeBasis} testId="time-basis">
            <span className={item.timeBasis === 'exif-offset' ? '' : item.timeBasis === 'none' ? 'text-serious' : 'text-note'}>{basisText(item)}</span>
          </Row>
        </dl>
      </Section>

      <Section title={t.sectionPlace}>
        {item.gps ? (
          <dl className="facts" data-testid="gps">
            <Row label={t.latitude}>
              <span className="mono">{formatLatitude(item.gps.lat)}</span>
            </Row>
            <Row label={t.longitude}>
              <span className="mono">{formatLongitude(item.gps.lon)}</span>
            </Row>
            <Row label={t.altitude}>{item.gps.altitude !== null ? <span className="mono">{formatAltitude(item.gps.altitude)}</span> : nr}</Row>
            <Row label={t.datum}>{item.gpsDatum ?? nr}</Row>
            <Row label={t.gpsTime} testId="gps-time">
              {item.gpsTime ? formatWallTime(item.gpsTime, t.dateStyle, { dropZeroFraction: true }) : nr}
            </Row>
          </dl>
        ) : (
          <p className="muted" data-testid="gps">
            {t.noGps}
          </p>
        )}
      </Section>

      <Section title={t.sectionDevice}>
        <dl className="facts">
          <Row label={t.make}>{item.device.make ?? nr}</Row>
          <Row label={t.model}>{item.device.model ?? nr}</Row>
          <Row label={t.serial}>{item.device.serial ? <span className="mono selectable">{item.device.serial}</span> : nr}</Row>
          <Row label={t.software}>{item.software ?? nr}</Row>
        </dl>
      </Section>

      <Section title={t.sectionFile}>
        <dl className="facts">
          <Row label={t.mediaType}>
            <span className="mono">{item.mediaType}</span>
          </Row>
          <Row label={t.size}>
            {formatBytes(item.size)} <span className="muted">({t.bytes(formatBytesGrouped(item.size))})</span>
          </Row>
          <Row label={t.dimensions}>
            {item.width !== null && item.height !== null ? (
              <>
                {item.width} × {item.height}
                {swapped && shown && <span className="muted"> · {t.displayedAs(shown.width, shown.height)}</span>}
              </>
            ) : (
              nr
            )}
          </Row>
          <Row label={t.orientation}>
            {item.orientation !== null ? `${item.orientation} · ${t.orientationNames[item.orientation] ?? '?'}` : nr}
          </Row>
        </dl>
      </Section>

      <Section title={t.sectionHashes}>
        <dl className="facts facts-stacked">
          <Row label="SHA-256">
            <code className="hash selectable" data-testid="sha256">
              {item.sha256}
            </code>
          </Row>
          <Row label="SM3">
            <code className="hash selectable" data-testid="sm3">
              {item.sm3}
            </code>
          </Row>
        </dl>
      </Section>

      <Section title={t.sectionSource}>
        <dl className="facts">
          <Row label={t.evidenceId}>
            <span className="mono">{item.id}</span>
          </Row>
          <Row label={t.sourceName}>{item.sourceName}</Row>
          <Row label={t.sourcePath}>
            <span className="mono selectable path-text">{item.sourcePath}</span>
          </Row>
          <Row label={t.importedBy}>{item.importedBy}</Row>
          <Row label={t.importedAt}>{formatInstantInZone(item.importedAt, zone, t.dateStyle)}</Row>
        </dl>
      </Section>
    </article>
  );
}
