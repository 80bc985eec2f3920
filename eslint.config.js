// Lint rules that enforce the layering of DESIGN.md §4: the core is pure, the renderer
// reaches the app only through the contract, and a library's types stay behind its adapter.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'stream', 'url', 'util', 'worker_threads', 'zlib', 'buffer', 'events'];
const forbid = (groups, message) => ({ group: groups, message });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/**', '.bench/**', '.scratch/**', '.shot-tmp.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          forbid(nodeBuiltins, 'The core is pure: no Node built-ins (DESIGN.md §4). Put I/O in electron/main.'),
          forbid(['electron', 'electron/*'], 'The core is pure: no Electron.'),
          forbid(['**/main/**', '**/preload/**', '**/cli/**', '**/contract/**', '**/renderer/**', 'react', 'react-dom'], 'The core imports nothing outside electron/core.'),
          forbid(['better-sqlite3', 'exifr'], 'Library adapters live in electron/main.'),
        ],
      }],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', 'window', 'document', '__dirname'],
    },
  },
  {
    // Byte-level parsers index typed arrays in hot loops, where a checked access per byte would cost speed.
    files: ['electron/core/hash/**/*.ts', 'electron/core/media/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['electron/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          forbid(nodeBuiltins, 'The contract is shared with the renderer: no Node built-ins.'),
          forbid(['electron', 'electron/*', '**/main/**', '**/preload/**', '**/cli/**', '**/renderer/**'], 'The contract depends only on core types and zod.'),
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        patterns: [
          forbid(nodeBuiltins, 'The renderer has DOM types only: no Node built-ins.'),
          // A regex, not the glob 'electron/*': glob patterns match any path through a folder named electron, which
          // would forbid '../../electron/contract/…', the one thing the renderer is meant to import.
          { regex: '^electron(/.*)?$', message: 'The renderer never imports electron; it talks to the contract object.' },
          forbid(['**/electron/main/**', '**/electron/core/**', '**/electron/preload/**', '**/electron/cli/**', 'better-sqlite3', 'exifr'], 'The renderer reaches the app only through electron/contract.'),
        ],
      }],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require'],
    },
  },
);
