// Unwraps the envelope: a failed call becomes a CallError that keeps the stable code for the UI to show.

import type { Input, Method, Output } from '../../../electron/contract/api';
import type { ErrorCode } from '../../../electron/contract/envelope';
import { bridge } from './index';

export class CallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CallError';
  }
}

export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = await bridge.call(method, input);
  if (!result.ok) throw new CallError(result.error.code, result.error.message);
  return result.value;
}
