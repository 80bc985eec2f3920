// The type every language table must have: the Chinese table's shape.

import type { zhCN } from './zh-CN';

export type Messages = typeof zhCN;
export type Language = 'zh-CN' | 'en';
