// The side panel's width limits, and reading the width the handler left it at.
import { describe, expect, it } from 'vitest';
import { clampSideWidth, GALLERY_MIN, parseStoredWidth, SIDE_MIN } from '../../../renderer/src/layout/side-width';

describe('side panel width', () => {
  it('stays between the minimum and what leaves the gallery one column', () => {
    expect(clampSideWidth(200, 1366)).toBe(SIDE_MIN);
    expect(clampSideWidth(600.4, 1366)).toBe(600);
    expect(clampSideWidth(1200, 1366)).toBe(1366 - GALLERY_MIN);
    // A window too narrow for both still gets the minimum panel.
    expect(clampSideWidth(500, 700)).toBe(SIDE_MIN);
  });

  it('reads a stored width, and anything else as "the default"', () => {
    expect(parseStoredWidth('520')).toBe(520);
    expect(parseStoredWidth(null)).toBeNull();
    expect(parseStoredWidth('wide')).toBeNull();
    expect(parseStoredWidth('-4')).toBeNull();
  });
});
