// Where each capture was taken and on what basis (its own GPS, or the registered position of the fixed camera
// that took it), grouped by the grid chain it falls in: 街 → 片区 → 街道 → 建成区, with each grid's leader.
// The captures of one case are usually in one street, so the chain is shown once for all of them.

import type { CaptureLocation } from '../../../electron/contract/dto';
import { formatWallTime } from '../format/date-time';
import { formatLatitude, formatLongitude } from '../format/numbers';
import { useI18n } from '../i18n';

interface Group {
  grids: CaptureLocation['grids'];
  captures: CaptureLocation[];
}

function groupByChain(locations: readonly CaptureLocation[]): Group[] {
  const groups = new Map<string, Group>();
  for (const loc of locations) {
    const key = loc.grids.map((g) => g.ref).join('>');
    const group = groups.get(key) ?? { grids: loc.grids, captures: [] };
    group.captures.push(loc);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function shortId(evidenceId: string): string {
  const m = /-(E\d+)$/.exec(evidenceId);
  return m?.[1] ?? evidenceId;
}

export function CaptureLocations({ locations }: { locations: readonly CaptureLocation[] }) {
  const { t } = useI18n();
  if (locations.length === 0) return <p className="muted small">{t.locationsEmpty}</p>;
  return (
    <div className="location-groups">
      {groupByChain(locations).map((group, gi) => (
        <div key={gi} className="location-group" data-testid="location-group">
          {group.grids.length > 0 ? (
            <ol className="grid-chain" data-testid="grid-chain">
              {group.grids.map((g) => (
                <li key={g.ref} className="grid-level" data-level={g.level}>
                  <span className="level-tag">{t.gridLevels[g.level] ?? g.level}</span>
                  <span className="grid-name">{g.name}</span>
                  <span className="grid-leader">
                    {g.leader ? (
                      <>
                        <span className="muted">{t.leaderRole(g.level)}</span> {g.leader}
                      </>
                    ) : (
                      <span className="muted">{t.noLeader}</span>
                    )}
                  </span>
                </li>
              ))}
            </ol>
          ) : (
            <p className="no-grid">{t.noGrid}</p>
          )}
          <ul className="capture-places">
            {group.captures.map((loc) => (
              <li key={loc.evidenceId} className="capture-place" data-testid="capture-location" data-basis={loc.basis}>
                <span className="capture-id mono">{shortId(loc.evidenceId)}</span>
                <span className="capture-when">{loc.capturedAt ? formatWallTime(loc.capturedAt, t.dateStyle, { omitFraction: true, omitOffset: true }) : '—'}</span>
                <span className={loc.basis === 'gps' ? 'basis-chip' : 'basis-chip basis-camera'} title={loc.camera ? t.basisCameraNote(loc.camera.name, loc.camera.deviceId) : undefined}>
                  {loc.basis === 'gps' ? t.basisGps : t.basisCamera} {t.accuracy(loc.accuracyMeters)}
                </span>
                <span className="capture-coords">
                  <span className="mono">
                    {formatLatitude(loc.lat)} {formatLongitude(loc.lon)}
                  </span>
                  {loc.basis === 'gps' && loc.camera && (
                    <span title={loc.camera.deviceId}>
                      {' · '}
                      {t.cameraMatched(loc.camera.name)}
                    </span>
                  )}
                </span>
                {loc.basis === 'camera-registry' && loc.camera && <span className="capture-note">{t.basisCameraNote(loc.camera.name, loc.camera.deviceId)}</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
