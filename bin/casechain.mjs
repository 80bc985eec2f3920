#!/usr/bin/env node
// The `casechain` command: runs the TypeScript CLI under plain Node (no Electron needed) through tsx.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../electron/cli/main.ts');
await runCli(process.argv.slice(2));
