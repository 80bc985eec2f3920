// What the file itself says about one capture — when (and on what basis), where, with what device, the file, its
// hashes and where it came from — as the detail pane and the large viewer both show it.

import type { ReactNode } from 'react';
import type { EvidenceItem } from '../../../electron/contract/dto';
import { displayedSize } from '../evidence/media-kind';
import { formatInstantInZone, formatWallTime } from '../format/date-time';
import { formatAltitude, formatBytes, formatBytesGrouped, formatLatitude, formatLongitude } from '../format/numbers';
import { useI18n } from '../i18n';
import { useTimeBasisText } from './TimeBasis';

export function FactRow({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

export function FactSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="detail-section" aria-label={title}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

export function EvidenceFacts({ item, zone }: { item: EvidenceItem; zone: string }) {
  const { t } = useI18n();
  const basisText = useTimeBasisText();
  const nr = <span className="muted">{t.notRecorded}</span>;
  const shown = displayedSize(item.width, item.height, item.orientation);
  const swapped = shown && (shown.width !== item.width || shown.height !== item.height);

  return (
    <>
      <FactSection title={t.sectionTime}>
        <dl className="facts">
          <FactRow label={t.capturedAt} testId="captured-at">
            {item.capturedAt ? <strong className="time-big">{formatWallTime(item.capturedAt, t.dateStyle)}</strong> : <strong className="text-serious">{t.basisNone}</strong>}
          </FactRow>
          <FactRow label={t.timeBasis} testId="time-basis">
            <span className={item.timeBasis === 'exif-offset' ? '' : item.timeBasis === 'none' ? 'text-serious' : 'text-note'}>{basisText(item)}</span>
          </FactRow>
        </dl>
      </FactSection>

      <FactSection title={t.sectionPlace}>
        {item.gps ? (
          <dl className="facts" data-testid="gps">
            <FactRow label={t.latitude}>
              <span className="mono">{formatLatitude(item.gps.lat)}</span>
            </FactRow>
            <FactRow label={t.longitude}>
              <span className="mono">{formatLongitude(item.gps.lon)}</span>
            </FactRow>
            <FactRow label={t.altitude}>{item.gps.altitude !== null ? <span className="mono">{formatAltitude(item.gps.altitude)}</span> : nr}</FactRow>
            <FactRow label={t.datum}>{item.gpsDatum ?? nr}</FactRow>
            <FactRow label={t.gpsTime} testId="gps-time">
              {item.gpsTime ? formatWallTime(item.gpsTime, t.dateStyle, { dropZeroFraction: true }) : nr}
            </FactRow>
          </dl>
        ) : (
          <p className="muted" data-testid="gps">
            {t.noGps}
          </p>
        )}
      </FactSection>

      <FactSection title={t.sectionDevice}>
        <dl className="facts">
          <FactRow label={t.make}>{item.device.make ?? nr}</FactRow>
          <FactRow label={t.model}>{item.device.model ?? nr}</FactRow>
          <FactRow label={t.serial}>{item.device.serial ? <span className="mono selectable">{item.device.serial}</span> : nr}</FactRow>
          <FactRow label={t.software}>{item.software ?? nr}</FactRow>
        </dl>
      </FactSection>

      <FactSection title={t.sectionFile}>
        <dl className="facts">
          <FactRow label={t.mediaType}>
            <span className="mono">{item.mediaType}</span>
          </FactRow>
          <FactRow label={t.size}>
            {formatBytes(item.size)} <span className="muted">({t.bytes(formatBytesGrouped(item.size))})</span>
          </FactRow>
          <FactRow label={t.dimensions}>
            {item.width !== null && item.height !== null ? (
              <>
                {item.width} × {item.height}
                {swapped && shown && <span className="muted"> · {t.displayedAs(shown.width, shown.height)}</span>}
              </>
            ) : (
              nr
            )}
          </FactRow>
          <FactRow label={t.orientation}>
            {item.orientation !== null ? `${item.orientation} · ${t.orientationNames[item.orientation] ?? '?'}` : nr}
          </FactRow>
        </dl>
      </FactSection>

      <FactSection title={t.sectionHashes}>
        <dl className="facts facts-stacked">
          <FactRow label="SHA-256">
            <code className="hash selectable" data-testid="sha256">
              {item.sha256}
            </code>
          </FactRow>
          <FactRow label="SM3">
            <code className="hash selectable" data-testid="sm3">
              {item.sm3}
            </code>
          </FactRow>
        </dl>
      </FactSection>

      <FactSection title={t.sectionSource}>
        <dl className="facts">
          <FactRow label={t.evidenceId}>
            <span className="mono">{item.id}</span>
          </FactRow>
          <FactRow label={t.sourceName}>{item.sourceName}</FactRow>
          <FactRow label={t.sourcePath}>
            <span className="mono selectable path-text">{item.sourcePath}</span>
          </FactRow>
          <FactRow label={t.importedBy}>{item.importedBy}</FactRow>
          <FactRow label={t.importedAt}>{formatInstantInZone(item.importedAt, zone, t.dateStyle)}</FactRow>
        </dl>
      </FactSection>
    </>
  );
}
