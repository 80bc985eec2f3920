// Hashes in tables: the first and last few hex digits are enough to tell versions apart at a glance; the full
// value is one hover or click away.

export function shortHash(hex: string, head = 8, tail = 4): string {
  return hex.length <= head + tail + 1 ? hex : `${hex.slice(0, head)}…${hex.slice(-tail)}`;
}
