// Sizes and coordinates, formatted the same way in every language.

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

export function formatMegabytes(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}

/** Six decimals is about 0.1 m, finer than any phone's fix; the hemisphere letter avoids sign mistakes. */
export function formatLatitude(lat: number): string {
  return `${Math.abs(lat).toFixed(6)}° ${lat >= 0 ? 'N' : 'S'}`;
}

export function formatLongitude(lon: number): string {
  return `${Math.abs(lon).toFixed(6)}° ${lon >= 0 ? 'E' : 'W'}`;
}

export function formatAltitude(m: number): string {
  return `${m >= 0 ? '+' : '−'}${Math.abs(m).toFixed(1)} m`;
}

export function formatBytesGrouped(n: number): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
