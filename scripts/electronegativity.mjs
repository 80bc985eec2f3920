#!/usr/bin/env node
// Runs Doyensec's Electronegativity (Electron security checks) over the Electron shell's own sources, offline.
//
//   node scripts/electronegativity.mjs          a table of findings on stdout
//   node scripts/electronegativity.mjs --json   the findings as JSON (tests/adapter/electronegativity.test.ts)
//
// Scanned: electron/main/electron-app/ (the window shell), electron/preload/ (the bridge) and the renderer's
// index.html and src/ (TypeScript is parsed directly by the tool's Babel parser; no build needed). They are copied
// into a temporary folder so that one run sees them together (its global checks, such as the CSP one, combine
// findings across files) and reports paths relative to the repo.
//
// Two things make it usable here: its CLI is broken against the commander this project has hoisted (it expects
// commander 2's API), so its programmatic runner is called instead; and on every run it fetches updated
// translations from GitHub — that request is replaced with an immediate failure, so it runs offline and the
// bundled English texts are used.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

export const SCANNED = ['electron/main/electron-app', 'electron/preload', 'renderer/index.html', 'renderer/src'];

function stubNetwork() {
  const fromTool = createRequire(require.resolve('@doyensec/electronegativity/dist/locales/i18n.js'));
  const gotPath = fromTool.resolve('got');
  const offline = () => Promise.reject(new Error('electronegativity runs offline here'));
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline, children: [], paths: [] };
}

export async function scan() {
  process.env.LANG = 'en-US';
  stubNetwork();
  const run = require('@doyensec/electronegativity/dist/runner.js');
  const electronVersion = require('electron/package.json').version;
  const stage = mkdtempSync(join(tmpdir(), 'casechain-electronegativity-'));
  try {
    for (const path of SCANNED) cpSync(join(root, path), join(stage, path), { recursive: true });
    writeFileSync(join(stage, 'package.json'), JSON.stringify({ name: 'casechain', devDependencies: { electron: electronVersion } }));
    const log = console.log;
    console.log = () => {}; // the tool logs its translation fallback; the result is what matters
    let result;
    try {
      result = await run({ input: stage, electronVersionOverride: electronVersion, isRelative: false, customScan: [], excludeFromScan: [] });
    } finally {
      console.log = log;
    }
    const rel = (file) => relative(stage, file).split(sep).join('/');
    return {
      electronVersion,
      checks: { global: result.globalChecks, atomic: result.atomicChecks },
      errors: result.errors.map((e) => ({ file: rel(e.file), message: e.message, tolerable: e.tolerable })),
      issues: result.issues.map((i) => ({
        id: i.id,
        file: rel(i.file),
        line: i.location?.line,
        column: i.location?.column,
        severity: i.severity?.name,
        confidence: i.confidence?.name,
        manualReview: Boolean(i.manualReview),
        description: i.description,
        sample: typeof i.sample === 'string' ? i.sample.slice(0, 200) : undefined,
      })),
    };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = await scan();
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  } else {
    console.log(`Electronegativity on Electron ${report.electronVersion}: ${report.checks.global} global + ${report.checks.atomic} atomic checks`);
    for (const e of report.errors) console.log(`parse ${e.tolerable ? 'warning' : 'ERROR'}: ${e.file}: ${e.message}`);
    for (const i of report.issues) console.log(`${i.id} ${i.severity}/${i.confidence}${i.manualReview ? ' (review)' : ''} ${i.file}:${i.line}:${i.column}\n    ${i.description}`);
    if (report.issues.length === 0) console.log('no findings');
  }
}
