#!/usr/bin/env node
// better-sqlite3 is a native module: one build serves either Node (tests, CLI) or Electron (the app), not both.
// `node scripts/ensure-native-abi.mjs node|electron` rebuilds it for the runtime about to use it, when needed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const target = process.argv[2] === 'electron' ? 'electron' : 'node';
const require = createRequire(import.meta.url);
const marker = 'node_modules/.casechain-native-abi';
const current = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : 'node';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status === 0;

if (target === 'node') {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { encoding: 'utf8' });
  if (probe.status === 0) process.exit(0);
  console.error('better-sqlite3 is not built for this Node; rebuilding it (about a minute)…');
  if (!run('npm', ['rebuild', 'better-sqlite3'])) process.exit(1);
  writeFileSync(marker, 'node');
} else {
  const version = require('electron/package.json').version;
  if (current === `electron-${version}`) process.exit(0);
  console.error(`Rebuilding better-sqlite3 for Electron ${version} (needs Electron's headers from its download server)…`);
  if (!run('npx', ['--yes', '@electron/rebuild@3', '-f', '-w', 'better-sqlite3', '-v', version])) process.exit(1);
  writeFileSync(marker, `electron-${version}`);
}
