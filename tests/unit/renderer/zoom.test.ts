// The large viewer's zoom steps and the fit scale.
import { describe, expect, it } from 'vitest';
import { fitScale, percentOf, zoomIn, zoomOut, ZOOM_STEPS } from '../../../renderer/src/evidence/zoom';

describe('zoom', () => {
  it('fits a landscape picture by width and a portrait one by height', () => {
    expect(fitScale({ width: 1600, height: 1200 }, { width: 800, height: 800 })).toBe(0.5);
    expect(fitScale({ width: 1200, height: 1600 }, { width: 800, height: 800 })).toBe(0.5);
    expect(fitScale({ width: 320, height: 240 }, { width: 640, height: 600 })).toBe(2);
    expect(fitScale({ width: 0, height: 0 }, { width: 640, height: 600 })).toBe(1);
  });

  it('steps up and down from any scale, staying within the steps', () => {
    expect(zoomIn(0.5)).toBe(0.75);
    expect(zoomIn(0.6)).toBe(0.75);
    expect(zoomIn(1)).toBe(1.5);
    expect(zoomIn(8)).toBe(8);
    expect(zoomOut(1)).toBe(0.75);
    expect(zoomOut(0.6)).toBe(0.5);
    expect(zoomOut(0.25)).toBe(0.25);
    expect(zoomOut(0.1)).toBe(0.1);
    expect(zoomIn(10)).toBe(10);
    expect(ZOOM_STEPS).toContain(1);
    expect(percentOf(0.4567)).toBe(46);
  });
});
