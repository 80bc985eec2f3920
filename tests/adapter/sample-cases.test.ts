// The two bundled sample cases: the first is complete, the second names exactly what it still lacks.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChainService, catalog } from '../../electron/main/chain/chain-service';
import { seedSampleIfNew } from '../../electron/main/sample/seed-sample';
import { Workspace } from '../../electron/main/workspace/workspace';
import { tempDir } from '../helpers/temp';

let tmp: ReturnType<typeof tempDir>;
let ws: Workspace;
let ids: { caseId: string | null; case2Id: string | null };

beforeAll(async () => {
  tmp = tempDir();
  ws = await Workspace.open(join(tmp.path, 'ws'));
  ids = await seedSampleIfNew(ws);
}, 120_000);
afterAll(() => {
  ws.close();
  tmp.cleanup();
});

describe('sample cases', () => {
  it('case 1 is complete, with the refused captures noted and the discretion suggested', async () => {
    const v = new ChainService(ws, await catalog()).verdict(ids.caseId as string);
    expect(v.complete).toBe(true);
    expect(v.elements.every((e) => e.state === 'proved')).toBe(true);
    const act = v.elements.find((e) => e.id === 'act');
    expect(act?.problems.filter((p) => p.code === 'capture-review-failed')).toHaveLength(3);
    expect(v.discretion.tier?.id).toBeTruthy();
    expect(v.discretion.facts).toMatchObject({ firstViolation: true, corrected: false });
  });

  it('case 2 is incomplete and names what is missing', async () => {
    const v = new ChainService(ws, await catalog()).verdict(ids.case2Id as string);
    expect(v.complete).toBe(false);
    const codes = v.elements.flatMap((e) => e.problems.map((p) => p.code));
    expect(codes).toEqual(expect.arrayContaining(['capture-unreviewed', 'act-too-few-captures', 'party-not-confirmed', 'facts-notice-missing']));
    expect(v.elements.find((e) => e.id === 'procedure')?.evidence).toHaveLength(1);
  });
});

describe('case map', () => {
  it('draws the grid chain, the captures and the confirmed party from the workspace data', async () => {
    const { caseMap } = await import('../../electron/main/data/case-map');
    const m = caseMap(ws, ids.caseId as string, 150);
    expect(m.grids.map((g) => g.level)).toEqual(['建成区', '街道', '片区', '街']);
    expect(m.captures.length).toBeGreaterThanOrEqual(5);
    const party = m.places.filter((p) => p.party);
    expect(party.map((p) => p.name)).toEqual(['老王水果店']);
    for (const c of m.captures) {
      expect(c.lat).toBeGreaterThan(m.bounds.minLat);
      expect(c.lat).toBeLessThan(m.bounds.maxLat);
    }
  });
});
