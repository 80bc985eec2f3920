// How the CLI speaks: JSON on stdout when asked (a contract other tools parse), plain lines otherwise, and
// errors on stderr with a non-zero exit.

import { AppError } from '../contract/envelope';

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLine(text: string): void {
  process.stdout.write(`${text}\n`);
}

export function fail(err: unknown): never {
  const message = err instanceof Error ? err.message : String(err);
  const code = err instanceof AppError ? err.code : 'error';
  process.stderr.write(`casechain: ${message} [${code}]\n`);
  process.exit(err instanceof AppError && err.code === 'invalid-input' ? 2 : 1);
}
