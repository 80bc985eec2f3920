// Electron does not carry thrown errors across IPC faithfully (only the message survives, mangled), so every
// call answers with an envelope, and every failure has a stable code a caller can branch on.

export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'unsupported'
  | 'workspace-newer'
  | 'io-error'
  | 'cancelled'
  | 'internal';

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
