// The offline map itself: one SVG drawn from the case's map data only (no tiles, no network). Grids from the
// largest down, the 街 level most visible and named; places as small squares, the confirmed party's premises
// highlighted; captures as numbered circles (a dashed ring where the position comes from the camera registry);
// a scale bar computed from the projection; buttons to zoom.

import { useMemo, useState } from 'react';
import type { CaseMap } from '../../../electron/contract/dto';
import { formatInstantInZone } from '../format/date-time';
import { evidenceLabel } from '../format/evidence-seq';
import { useI18n } from '../i18n';
import { labelAnchor, spreadMarkers } from '../map/layout';
import { fitProjection, focusOn, ringArea, scaleBarMetres, zoomedBounds } from '../map/projection';

const VIEW_WIDTH = 640;
const VIEW_HEIGHT = 460;
const LEVEL_CLASS: Record<string, string> = { 建成区: 'grid-l0', 街道: 'grid-l1', 片区: 'grid-l2', 街: 'grid-l3' };

interface Props {
  map: CaseMap;
  zone: string;
  selectedId: string | null;
  onSelect: (evidenceId: string) => void;
  onHover: (text: string | null) => void;
}

export function MapCanvas({ map, zone, selectedId, onSelect, onHover }: Props) {
  const { t } = useI18n();
  // Opens framed on the captures and the party's premises; the buttons zoom in and out around that centre.
  const focus = useMemo(() => focusOn(map.bounds, [...map.captures, ...map.places.filter((p) => p.party)]), [map]);
  const [zoom, setZoom] = useState(focus.zoom);
  const projection = useMemo(() => fitProjection(zoomedBounds(map.bounds, zoom, focus.centre), VIEW_WIDTH, VIEW_HEIGHT), [map.bounds, zoom, focus.centre]);
  const { width, height, project, pxPerMetre } = projection;

  const grids = useMemo(() => {
    const drawn = map.grids.map((grid) => {
      const rings = grid.polygons.map((polygon) => polygon.map((ring) => ring.map(([lon, lat]) => project(lon, lat))));
      const area = rings.reduce((sum, polygon) => sum + (polygon[0] ? ringArea(polygon[0]) : 0), 0);
      const label = labelAnchor(rings[0]?.[0] ?? [], width, height);
      const d = rings
        .flat()
        .map((ring) => `M${ring.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`)
        .join('');
      return { grid, d, area, label };
    });
    return drawn.sort((a, b) => b.area - a.area);
  }, [map.grids, project, width, height]);

  const captures = useMemo(() => {
    const placed = spreadMarkers(
      map.captures.map((c) => project(c.lon, c.lat)),
      26,
    );
    return map.captures.map((capture, i) => ({ capture, at: placed[i] ?? { x0: 0, y0: 0, x: 0, y: 0 } }));
  }, [map.captures, project]);

  const barMetres = scaleBarMetres(pxPerMetre, width / 4);
  const barPx = barMetres * pxPerMetre;
  const time = (iso: string | null): string => (iso ? formatInstantInZone(iso, zone, t.dateStyle) : t.noCaptureTime);

  return (
    <div className="map-canvas">
    <svg className="map-svg" viewBox={`0 0 ${width.toFixed(1)} ${height.toFixed(1)}`} role="img" aria-label={t.mapLabel} data-testid="map-svg">
      <rect className="map-ground" x={0} y={0} width={width} height={height} />
      <g className="map-grids">
        {grids.map(({ grid, d }) => (
          <path key={grid.ref} d={d} className={`map-grid ${LEVEL_CLASS[grid.level] ?? 'grid-l2'}`} fillRule="evenodd" data-testid="map-grid" data-level={grid.level}>
            <title>{t.mapGridTitle(grid.level, grid.name, grid.leader)}</title>
          </path>
        ))}
      </g>
      <g className="map-grid-labels" aria-hidden="true">
        {grids
          .filter(({ grid }) => grid.level === '街')
          .map(({ grid, label }) =>
            label ? (
              <text key={grid.ref} x={label.x} y={label.y} className="map-grid-label" textAnchor="middle" dominantBaseline="hanging" data-testid="map-grid-label">
                {grid.name}
              </text>
            ) : null,
          )}
      </g>
      <g className="map-places">
        {map.places.map((place) => {
          const [x, y] = project(place.lon, place.lat);
          const size = place.party ? 12 : 7;
          return (
            <g
              key={place.ref}
              className={place.party ? 'map-place is-party' : 'map-place'}
              data-testid={place.party ? 'map-party' : 'map-place'}
              onMouseEnter={() => onHover(`${place.party ? `${t.mapPartyLabel} · ` : ''}${place.name}`)}
              onMouseLeave={() => onHover(null)}
            >
              <title>{place.name}</title>
              <rect x={x - size / 2} y={y - size / 2} width={size} height={size} />
              {place.party && (
                <text x={x + size / 2 + 4} y={y - size / 2 - 2} className="map-party-label">
                  {t.mapPartyLabel}
                </text>
              )}
            </g>
          );
        })}
      </g>
      {/* Leaders from a nudged marker to its true spot sit beneath every marker, so none covers another's number. */}
      <g className="map-leaders" aria-hidden="true">
        {captures
          .filter(({ at }) => at.x !== at.x0 || at.y !== at.y0)
          .map(({ capture, at }) => (
            <g key={capture.evidenceId}>
              <line x1={at.x0} y1={at.y0} x2={at.x} y2={at.y} className="map-leader" />
              <circle cx={at.x0} cy={at.y0} r={2} className="map-true-spot" />
            </g>
          ))}
      </g>
      <g className="map-captures">
        {/* The selected capture is drawn last, on top of its neighbours. */}
        {[...captures].sort((a, b) => Number(a.capture.evidenceId === selectedId) - Number(b.capture.evidenceId === selectedId)).map(({ capture, at }) => {
          const label = evidenceLabel(capture.seq);
          const hover = `${label} · ${time(capture.capturedAt)}${capture.basis === 'camera-registry' ? ` · ${t.mapBasisCamera}` : ''}`;
          return (
            <g
              key={capture.evidenceId}
              className={`map-capture basis-${capture.basis}${capture.evidenceId === selectedId ? ' is-selected' : ''}`}
              role="button"
              tabIndex={0}
              aria-label={t.mapCaptureLabel(label)}
              aria-pressed={capture.evidenceId === selectedId}
              data-testid="map-capture"
              data-evidence={capture.evidenceId}
              onClick={() => onSelect(capture.evidenceId)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(capture.evidenceId);
                }
              }}
              onMouseEnter={() => onHover(hover)}
              onMouseLeave={() => onHover(null)}
            >
              <title>{hover}</title>
              <circle cx={at.x} cy={at.y} r={12} />
              <text x={at.x} y={at.y} textAnchor="middle" dominantBaseline="central">
                {capture.seq}
              </text>
            </g>
          );
        })}
      </g>
      <g className="map-scale" data-testid="map-scale" transform={`translate(12 ${(height - 14).toFixed(1)})`}>
        <rect x={-4} y={-16} width={barPx + 8} height={24} className="map-scale-bg" />
        <path d={`M0,-5V0H${barPx.toFixed(1)}V-5`} className="map-scale-bar" />
        <text x={barPx / 2} y={-7} textAnchor="middle" className="map-scale-text">
          {t.mapMetres(barMetres)}
        </text>
      </g>
    </svg>
      <div className="map-zoom">
        <button type="button" className="btn btn-small" aria-label={t.mapZoomIn} disabled={zoom >= 32} onClick={() => setZoom(zoom * 2)}>
          +
        </button>
        <button type="button" className="btn btn-small" aria-label={t.mapZoomOut} disabled={zoom <= 1} onClick={() => setZoom(zoom / 2)}>
          −
        </button>
        <button type="button" className="btn btn-small" onClick={() => setZoom(1)} disabled={zoom === 1}>
          {t.mapZoomAll}
        </button>
      </div>
    </div>
  );
}
