// What ExifTool's readings (`exiftool -json -n -G`) say the capture facts should be, derived with plain string
// handling, independently of the code under test.

export type Truth = Record<string, string | number | undefined>;

export function expectedTime(t: Truth): { capturedAt: string | null; basis: string } {
  const dto = t['EXIF:DateTimeOriginal'] ?? t['EXIF:CreateDate'];
  if (typeof dto !== 'string') return { capturedAt: null, basis: 'none' };
  const m = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(dto.trim());
  if (!m || m[1] === '0000' || (m[1] === '1998' && m[2] === '01' && m[3] === '01' && m[4] === '00' && m[5] === '00' && m[6] === '00')) {
    return { capturedAt: null, basis: 'none' };
  }
  const subSec = t['EXIF:DateTimeOriginal'] !== undefined ? t['EXIF:SubSecTimeOriginal'] : undefined;
  const millis = subSec === undefined ? '' : `.${`${String(subSec)}000`.slice(0, 3)}`;
  const offset = t['EXIF:DateTimeOriginal'] !== undefined ? t['EXIF:OffsetTimeOriginal'] : undefined;
  return {
    capturedAt: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${millis}${typeof offset === 'string' ? offset : '+08:00'}`,
    basis: typeof offset === 'string' ? 'exif-offset' : 'assumed-zone',
  };
}

export function expectedGps(t: Truth): { lat: number; lon: number; altitude: number | null } | null {
  const lat = t['Composite:GPSLatitude'];
  const lon = t['Composite:GPSLongitude'];
  if (typeof lat !== 'number' || typeof lon !== 'number') return null;
  const alt = t['Composite:GPSAltitude'];
  return { lat, lon, altitude: typeof alt === 'number' ? alt : null };
}

export const clean = (v: unknown): string | null => (v === undefined || v === null ? null : String(v).trim() || null);

