// The bundled sample: its datasets import with exactly the bad rows their README lists, and the sample case's
// party is found, ranked first, corroborated by the business registry, and confirmed as a snapshot.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PartyService } from '../../electron/main/data/party-service';
import { RecordService } from '../../electron/main/data/record-service';
import { seedSampleIfNew } from '../../electron/main/sample/seed-sample';
import { Workspace } from '../../electron/main/workspace/workspace';
import { tempDir } from '../helpers/temp';

interface Truth {
  party: { merchantId: string; sign: string; uscc: string };
  grids: Record<string, { code: string }>;
  badRows: Record<string, { row?: number; feature?: number; expect?: string }[]>;
}
const truth = JSON.parse(readFileSync(join(__dirname, '../../resources/sample/data/sample-party.json'), 'utf8')) as Truth;

let tmp: ReturnType<typeof tempDir>;
let ws: Workspace;
let caseId: string;

beforeAll(async () => {
  tmp = tempDir();
  ws = await Workspace.open(join(tmp.path, 'ws'));
  caseId = (await seedSampleIfNew(ws)).caseId as string;
}, 120_000);
afterAll(() => {
  ws.close();
  tmp.cleanup();
});

describe('the bundled sample data', () => {
  it('imports every dataset with its provenance and rejects the rows its README says must be rejected', () => {
    const versions = new RecordService(ws).versions();
    expect(versions.map((v) => v.kind).sort()).toEqual(['business', 'camera', 'grid', 'merchant', 'vehicle']);
    for (const v of versions) {
      const rejectedRows = new Set(new RecordService(ws).problems(v.id).filter((p) => p.severity === 'reject').map((p) => p.row));
      const flagged = new Set(new RecordService(ws).problems(v.id).map((p) => p.row));
      for (const entry of truth.badRows[v.fileName] ?? []) {
        // A GeoJSON feature's "row" is its position in the collection; a bad polygon is always rejected.
        const bad = { row: entry.row ?? entry.feature ?? 0, expect: entry.expect ?? 'rejected' };
        // "accepted" rows fail checks of the chain (a camera's calibration at the capture time), not of the import.
        if (/^accepted/.test(bad.expect)) continue;
        if (/rejected/.test(bad.expect) && !/coordinates rejected/.test(bad.expect)) expect(rejectedRows.has(bad.row), `${v.fileName} row ${bad.row}: ${bad.expect}`).toBe(true);
        else expect(flagged.has(bad.row), `${v.fileName} row ${bad.row}: ${bad.expect}`).toBe(true);
      }
    }
  });

  it('ranks the sample party first, corroborated, with the capture inside its grid chain', () => {
    const { locations, candidates } = new PartyService(ws).candidates(caseId);
    const first = candidates[0];
    expect(first?.name).toBe(truth.party.sign);
    expect(first?.uscc).toBe(truth.party.uscc);
    expect(first?.corroborated).toBe(true);
    expect(first?.explanation.zh).toMatch(/第二来源/);
    const located = locations.find((l) => l.basis === 'gps');
    expect(located?.grids.map((g) => g.code)).toEqual(['街', '片区', '街道', '建成区'].map((level) => truth.grids[level]?.code));
    expect(located?.grids[0]?.leader).toBeTruthy();
  });

  it('places a capture without GPS at its registered fixed camera, and says so', () => {
    const locations = new PartyService(ws).locations(caseId);
    const byCamera = locations.filter((l) => l.basis === 'camera-registry');
    expect(byCamera.length).toBeGreaterThan(0);
    expect(byCamera[0]?.camera?.deviceId).toBeTruthy();
  });

  it('confirms the party as a snapshot with its dataset version and hash, audit-logged', () => {
    const ref = new PartyService(ws).candidates(caseId).candidates[0]?.ref as string;
    const party = new PartyService(ws).confirm(caseId, ref);
    expect(party).toMatchObject({ ref, name: truth.party.sign, corroborated: true });
    expect(party.snapshotSha256).toMatch(/^[0-9a-f]{64}$/);
    const snapshot = party.snapshot as { record: { key: string; datasetVersion: { file_sha256: string } }; secondSource: { uscc: string } };
    expect(snapshot.record.key).toBe(truth.party.merchantId);
    expect(snapshot.record.datasetVersion.file_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(snapshot.secondSource.uscc).toBe(truth.party.uscc);
    const entry = ws.audit.list(`case:${caseId}`).find((e) => e.action === 'party.confirm');
    expect(entry?.details).toMatchObject({ ref, snapshotSha256: party.snapshotSha256, corroborated: true });
    expect(ws.audit.verify().ok).toBe(true);
  });
});
