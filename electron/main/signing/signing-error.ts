// Failures of reading a certificate, signing or timestamping, each with a stable reason a caller can branch on
// and a message a handler can act on (Chinese first, English in brackets, as elsewhere in the app).

import { AppError } from '../../contract/envelope';
import type { ErrorCode } from '../../contract/envelope';

export type SigningFailure =
  | 'wrong-passphrase'
  | 'not-pkcs12'
  | 'no-private-key'
  | 'no-certificate'
  | 'key-certificate-mismatch'
  | 'unsupported-algorithm'
  | 'no-key-stored'
  | 'key-store-mismatch'
  | 'placeholder-too-small'
  | 'timestamp-failed';

const CODE: Record<SigningFailure, ErrorCode> = {
  'wrong-passphrase': 'invalid-input',
  'not-pkcs12': 'invalid-input',
  'no-private-key': 'invalid-input',
  'no-certificate': 'invalid-input',
  'key-certificate-mismatch': 'invalid-input',
  'unsupported-algorithm': 'unsupported',
  'no-key-stored': 'not-found',
  'key-store-mismatch': 'conflict',
  'placeholder-too-small': 'internal',
  'timestamp-failed': 'io-error',
};

export class SigningError extends AppError {
  constructor(
    readonly reason: SigningFailure,
    message: string,
  ) {
    super(CODE[reason], message);
    this.name = 'SigningError';
  }
}
