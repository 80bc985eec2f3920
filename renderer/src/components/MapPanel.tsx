// The case on an offline map: the grids around the captures, the shops and businesses nearby, where each capture
// was taken, and how far the selected capture is from the confirmed party's premises. Clicking a capture selects
// it in the gallery; a button opens its details.

import { useState } from 'react';
import { call } from '../bridge/call';
import { evidenceLabel } from '../format/evidence-seq';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n';
import { haversineMetres } from '../map/projection';
import { ErrorBanner } from './ErrorBanner';
import { MapCanvas } from './MapCanvas';

interface Props {
  caseId: string;
  zone: string;
  version: number;
  selectedId: string | null;
  onSelect: (evidenceId: string) => void;
  onOpenDetail: (evidenceId: string) => void;
}

/** The legend: each swatch and its text, in the order the map draws them. */
const LEGEND = [
  ['capture', 'mapLegendGps'],
  ['camera', 'mapLegendCamera'],
  ['party', 'mapLegendParty'],
  ['place', 'mapLegendPlace'],
  ['street', 'mapLegendStreet'],
  ['area', 'mapLegendArea'],
] as const;

export function MapPanel({ caseId, zone, version, selectedId, onSelect, onOpenDetail }: Props) {
  const { t } = useI18n();
  const { data, reload } = useLoad(() => call('map.forCase', { caseId }), [caseId, version]);
  const [hover, setHover] = useState<string | null>(null);
  const map = data.value;

  if (data.state === 'error') return <ErrorBanner error={data.error} onRetry={() => void reload()} />;
  if (!map) return <p className="muted">{t.loading}</p>;

  const selected = map.captures.find((c) => c.evidenceId === selectedId) ?? null;
  const partyPlaces = map.places.filter((p) => p.party);
  const distance = selected && partyPlaces.length > 0 ? Math.min(...partyPlaces.map((p) => haversineMetres(selected.lat, selected.lon, p.lat, p.lon))) : null;
  const empty = map.captures.length === 0 && map.grids.length === 0 && map.places.length === 0;

  return (
    <section className="map-panel" aria-label={t.tabMap} data-testid="map-panel">
      {empty ? (
        <div className="empty">{t.mapEmpty}</div>
      ) : (
        <>
          <div className="map-frame">
            <MapCanvas map={map} zone={zone} selectedId={selectedId} onSelect={onSelect} onHover={setHover} />
            <div className="map-hover" aria-live="polite" data-testid="map-hover">
              {hover ?? t.mapHoverHint}
            </div>
          </div>
          <div className="map-readout" data-testid="map-readout">
            {selected ? (
              <>
                <strong>{evidenceLabel(selected.seq)}</strong>
                <span data-testid="map-distance">
                  {partyPlaces.length === 0 ? t.mapNoParty : t.mapDistance(Math.round(distance ?? 0))}
                </span>
                <button type="button" className="btn btn-small btn-quiet" onClick={() => onOpenDetail(selected.evidenceId)}>
                  {t.mapOpenDetail}
                </button>
              </>
            ) : (
              <span className="muted">{t.mapSelectHint}</span>
            )}
          </div>
          <ul className="map-legend" aria-label={t.mapLegend}>
            {LEGEND.map(([swatch, text]) => (
              <li key={swatch}>
                <span className={`legend-swatch swatch-${swatch}`} aria-hidden="true" /> {t[text]}
              </li>
            ))}
          </ul>
          {map.captures.length === 0 && <p className="muted">{t.mapNoCaptures}</p>}
        </>
      )}
    </section>
  );
}
