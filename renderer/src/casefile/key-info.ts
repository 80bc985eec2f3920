// The signing certificate as the contract describes it (keys.info, keys.import, keys.createTest, casefile.verify).

import type { Output } from '../../../electron/contract/api';

export type KeyInfo = Output<'keys.import'>;
