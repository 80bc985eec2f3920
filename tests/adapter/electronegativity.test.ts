// Electron security review by Doyensec's Electronegativity over the shell's sources (scripts/electronegativity.mjs:
// electron/main/electron-app, electron/preload, renderer/index.html and renderer/src), offline. Every finding must be
// in ALLOWED below with the reason it is acceptable; anything new fails the test. Also checks that
// electron-builder.yml is a configuration electron-builder accepts (its own loader and schema; nothing is built).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

interface Finding {
  id: string;
  file: string;
  line: number;
  column: number;
  severity: string;
  confidence: string;
  manualReview: boolean;
  description: string;
  sample?: string;
}

interface Report {
  electronVersion: string;
  checks: { global: number; atomic: number };
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Finding[];
}

interface Allowed {
  id: string;
  file: string;
  /** What the flagged code must still look like for the reason to hold (matched against the finding's sample). */
  sample?: RegExp;
  why: string;
}

const ALLOWED: Allowed[] = [
  {
    id: 'CSP_GLOBAL_CHECK',
    file: 'electron/main/electron-app/index.ts',
    why:
      "'Failed to parse CSP': the tool sees `[CSP]`, an identifier, not the policy. The policy is the CSP constant " +
      "above it (default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
      "frame-ancestors 'none'; …), set on every response by session.webRequest.onHeadersReceived.",
  },
  {
    id: 'CSP_GLOBAL_CHECK',
    file: 'renderer/index.html',
    sample: /^default-src 'self'; script-src 'self'; img-src 'self' casechain-media: data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'none'$/,
    why:
      "The <meta> policy allows inline styles, which React's style props need; scripts are 'self' only (no inline " +
      "script, no eval), and object-src, base-uri and form-action are 'none'. frame-ancestors cannot be set in a " +
      '<meta>; the header policy added by onHeadersReceived sets it where it reaches file:// (both are then enforced).',
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/electron-app/index.ts',
    sample: /url\.startsWith\('https:\/\/'\)\) void shell\.openExternal\(url\)/,
    why:
      'Only https:// links the renderer tries to open in a new window are handed to the system browser (no file:, ' +
      'smb:, custom schemes); the window itself is always denied. The renderer is our own bundled code.',
  },
  {
    id: 'AUXCLICK_JS_CHECK',
    file: 'electron/main/electron-app/index.ts',
    sample: /new BrowserWindow\(/,
    why:
      'Middle-click can only ask for a new window, and every new window goes through setWindowOpenHandler, which ' +
      'denies it (web-contents-created); will-navigate is prevented, so no click can leave the bundled page.',
  },
  {
    id: 'PRELOAD_JS_CHECK',
    file: 'electron/main/electron-app/index.ts',
    sample: /preload: join\(here, '\.\.\/preload\/index\.cjs'\)/,
    why:
      'Review item. The preload (electron/preload/index.ts) runs sandboxed with context isolation and exposes one ' +
      'object through contextBridge: invoke of two fixed channels, file paths of dropped/picked files, and URL ' +
      "builders. ipcRenderer itself is not exposed; 'casechain:call' checks the sender frame and zod-parses every " +
      "input (services/dispatch.ts); 'casechain:pick' only opens a native dialog.",
  },
];

function scan(): Report {
  const out = execFileSync(process.execPath, [join(root, 'scripts', 'electronegativity.mjs'), '--json'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return JSON.parse(out) as Report;
}

const allows = (a: Allowed, f: Finding): boolean =>
  a.id === f.id && a.file === f.file && (a.sample === undefined || a.sample.test(f.sample ?? ''));

describe('Electronegativity', () => {
  const report = scan();

  it('ran its checks over every scanned file without a parse error', () => {
    expect(report.checks.atomic).toBeGreaterThan(20);
    expect(report.errors.filter((e) => !e.tolerable)).toEqual([]);
  });

  it('finds nothing beyond the justified allow-list', () => {
    const unexplained = report.issues
      .filter((f) => !ALLOWED.some((a) => allows(a, f)))
      .map((f) => `${f.id} ${f.file}:${f.line}:${f.column} (${f.severity}/${f.confidence}) ${f.description} — ${f.sample ?? ''}`);
    expect(unexplained, 'new Electronegativity findings: fix them or justify them in ALLOWED').toEqual([]);
  });

  it('has no stale allow-list entries', () => {
    const unused = ALLOWED.filter((a) => !report.issues.some((f) => allows(a, f))).map((a) => `${a.id} ${a.file}`);
    expect(unused, 'allow-list entries that no longer match a finding: remove them').toEqual([]);
  });

  it('justifies every allowed finding', () => {
    for (const a of ALLOWED) expect(a.why.length, `${a.id} ${a.file}`).toBeGreaterThan(40);
  });
});

describe('electron-builder.yml', () => {
  interface BuilderConfig {
    appId?: string;
    productName?: string;
    npmRebuild?: boolean;
    asarUnpack?: string[];
    extraResources?: { from: string; to: string }[];
    win?: { target?: { target: string }[] };
    linux?: { target?: { target: string }[]; category?: string };
  }
  interface ConfigModule {
    getConfig(projectDir: string, configPath: string, configFromOptions: null): Promise<BuilderConfig>;
    validateConfiguration(config: BuilderConfig, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
  }

  it("is accepted by electron-builder's own loader and schema", async () => {
    const require = createRequire(import.meta.url);
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as ConfigModule;
    const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    await validateConfiguration(config, { isEnabled: false, add: () => undefined });
    expect(config.appId).toBe('cn.casechain.app');
    expect(config.productName).toBe('CaseChain 证链');
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**/*.node');
    expect(config.extraResources).toContainEqual(expect.objectContaining({ from: 'resources', to: 'resources' }));
    expect(config.win?.target?.map((t) => t.target)).toEqual(['nsis']);
    expect(config.linux?.target?.map((t) => t.target)).toEqual(['deb', 'AppImage']);
    expect(config.linux?.category).toBe('Office');
  });
});
