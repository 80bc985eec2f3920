// Parses an untrusted call (from IPC or HTTP) against the contract and answers with an envelope; nothing
// thrown escapes, and nothing unparsed reaches a handler.

import { api } from '../../contract/api';
import type { Handlers, Method } from '../../contract/api';
import { AppError } from '../../contract/envelope';
import type { Envelope } from '../../contract/envelope';

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.hasOwn(api, name);
}

export async function dispatch(handlers: Handlers, method: unknown, payload: unknown): Promise<Envelope<unknown>> {
  if (!isMethod(method)) return { ok: false, error: { code: 'invalid-input', message: `unknown method: ${String(method)}` } };
  const parsed = api[method].input.safeParse(payload ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ');
    return { ok: false, error: { code: 'invalid-input', message: `${method}: ${detail}` } };
  }
  try {
    const handler = handlers[method] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, error: { code: err.code, message: err.message } };
    return { ok: false, error: { code: 'internal', message: err instanceof Error ? err.message : String(err) } };
  }
}
