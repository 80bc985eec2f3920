// PDF date strings (PDF 32000 7.9.4): D:YYYYMMDDHHmmSSOHH'mm'. Parsed by hand, because the offset decides the
// instant and nothing may depend on the process's time zone (DESIGN.md §5).

const DATE = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(?:(\d{2})'?(?:(\d{2})'?)?)?)?$/;

export interface PdfDate {
  instant: Date;
  /** False when the string gave no offset: the instant was computed as UTC and is uncertain by the zone. */
  offsetKnown: boolean;
}

export function parsePdfDate(text: string): PdfDate | null {
  const m = DATE.exec(text.trim());
  if (!m) return null;
  const n = (i: number, fallback: number): number => (m[i] ? Number(m[i]) : fallback);
  const utc = Date.UTC(n(1, 0), n(2, 1) - 1, n(3, 1), n(4, 0), n(5, 0), n(6, 0));
  const sign = m[7];
  const offsetMinutes = sign === '+' || sign === '-' ? (sign === '-' ? -1 : 1) * (n(8, 0) * 60 + n(9, 0)) : 0;
  const instant = new Date(utc - offsetMinutes * 60_000);
  return Number.isNaN(instant.getTime()) ? null : { instant, offsetKnown: sign !== undefined };
}
