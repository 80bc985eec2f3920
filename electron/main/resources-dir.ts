import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The bundled resources folder: CASECHAIN_RESOURCES, else the nearest `resources/` above this file (the repo
 * when run from source or from out/), else the packaged app's resources folder.
 */
export function resourcesDir(): string {
  const override = process.env['CASECHAIN_RESOURCES'];
  if (override) return override;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'resources', 'sample'))) return join(dir, 'resources');
    dir = dirname(dir);
  }
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged && existsSync(join(packaged, 'resources'))) return join(packaged, 'resources');
  throw new Error('bundled resources not found; set CASECHAIN_RESOURCES to the resources/ folder');
}

/** The built renderer (out/renderer) beside the repo or the packaged app. */
export function rendererDir(): string {
  const override = process.env['CASECHAIN_RENDERER'];
  if (override) return override;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'out', 'renderer', 'index.html'))) return join(dir, 'out', 'renderer');
    if (existsSync(join(dir, 'renderer', 'index.html')) && dir.endsWith('out')) return join(dir, 'renderer');
    dir = dirname(dir);
  }
  throw new Error('the UI is not built yet: run `npm run build` first');
}
