// The side panel's width limits, and reading the width the handler left it at.
import { describe, expect, it } from 'vitest';
import { clampSideWidth, GALLERY_MIN, gridColumns, parseStoredWidth, SECOND_PANEL_WIDTH, SIDE_MIN } from '../../../renderer/src/layout/side-width';

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

describe('case body columns', () => {
  it('leave the first panel to its tab unless dragged, and keep the gallery a column beside two panels', () => {
    expect(gridColumns(null, false, 1366)).toBeUndefined();
    expect(gridColumns(600, false, 1366)).toEqual({ gridTemplateColumns: 'minmax(0, 1fr) 600px' });
    expect(gridColumns(null, true, 1366)).toEqual({ gridTemplateColumns: `minmax(0, 1fr) ${SECOND_PANEL_WIDTH}px ${SECOND_PANEL_WIDTH}px` });
    // Dragged wide alone, then a second panel opens: the first gives way to the gallery.
    expect(gridColumns(900, true, 1366)).toEqual({ gridTemplateColumns: `minmax(0, 1fr) ${1366 - GALLERY_MIN - SECOND_PANEL_WIDTH}px ${SECOND_PANEL_WIDTH}px` });
    // Never below the smallest panel, even on a narrow window.
    expect(gridColumns(900, true, 1024)).toEqual({ gridTemplateColumns: `minmax(0, 1fr) ${SIDE_MIN}px ${SECOND_PANEL_WIDTH}px` });
  });
});
