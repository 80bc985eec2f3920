// The offline map's placement rules: markers of one spot spread apart so each stays clickable, and a grid's name
// placed on the part of the grid that is on screen.
import { describe, expect, it } from 'vitest';
import { labelAnchor, spreadMarkers } from '../../../renderer/src/map/layout';

describe('spreadMarkers', () => {
  it('keeps a lone marker where it is and moves a second one at the same spot at least the gap away', () => {
    const [a, b, c] = spreadMarkers([[100, 100], [100, 100], [300, 300]], 26);
    expect(a).toEqual({ x0: 100, y0: 100, x: 100, y: 100 });
    expect(b?.x0).toBe(100);
    expect(Math.hypot((b?.x ?? 0) - 100, (b?.y ?? 0) - 100)).toBeGreaterThanOrEqual(26 - 1e-9);
    expect(c).toEqual({ x0: 300, y0: 300, x: 300, y: 300 });
  });
});

describe('labelAnchor', () => {
  it('puts the label near the top of the visible part of a street grid much taller than the view', () => {
    // A narrow strip from far above the view to far below it.
    const strip: [number, number][] = [[200, -5000], [260, -5000], [260, 5000], [200, 5000]];
    expect(labelAnchor(strip, 600, 400)).toEqual({ x: 230, y: 28 });
  });

  it('uses the grid itself when it lies wholly inside the view', () => {
    expect(labelAnchor([[100, 100], [300, 100], [300, 200], [100, 200]], 600, 400)).toEqual({ x: 200, y: 114 });
  });

  it('gives no label to a grid off screen or too narrow on screen to hold one', () => {
    expect(labelAnchor([[700, 0], [800, 0], [800, 100]], 600, 400)).toBeNull();
    expect(labelAnchor([[590, 0], [640, 0], [640, 400], [590, 400]], 600, 400)).toBeNull();
    expect(labelAnchor([], 600, 400)).toBeNull();
  });
});
