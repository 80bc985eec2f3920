#!/usr/bin/env node
// `npm start`: build, then open the desktop app on the default workspace (the sample case on first start).
// Without the Electron binary (e.g. installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1) it says what is missing
// and how to get it, and how to use the same UI in a browser instead.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    return require('electron'); // the package's main export is the binary's path; it throws when the binary is absent
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  process.stderr.write(`
CaseChain: the Electron binary is not installed (npm was run with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or the
download was blocked).

  To get it on a machine that can reach Electron's download server:
      node node_modules/electron/install.js
  then start again (the first start rebuilds the SQLite driver for Electron):
      npm start

  Or use the same app in a browser, no Electron needed:
      npm run start:browser
`);
  process.exit(1);
}

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
// better-sqlite3 is compiled for Node by npm install; Electron needs it built against its own headers. The
// marker keeps this to once per Electron version; `npm test` switches it back (scripts/ensure-node-abi.mjs).
run('node', ['scripts/ensure-native-abi.mjs', 'electron']);
run('npx', ['electron-vite', 'build', '--config', 'electron.config.ts']);
run(binary, ['.', ...process.argv.slice(2)]);
