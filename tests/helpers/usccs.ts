// Valid identifiers for test data, built with the check-character functions under test elsewhere.
import { residentIdCheckChar } from '../../electron/core/data/resident-id';
import { usccCheckChar } from '../../electron/core/data/uscc';

/** A valid 个体工商户 USCC in Jiaojiang (331002) with serial `n`. */
export function uscc(n: number): string {
  const body = `92331002MA${String(n).padStart(7, '0')}`.slice(0, 17);
  return body + (usccCheckChar(body) as string);
}

export function residentId(birth: string, serial: number): string {
  const body = `331002${birth}${String(serial).padStart(3, '0')}`;
  return body + (residentIdCheckChar(body) as string);
}
