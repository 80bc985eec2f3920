import { homedir } from 'node:os';
import { join } from 'node:path';

/** The per-user data folder for this OS; the CLI and the desktop app share it so they see the same cases. */
export function defaultWorkspaceDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env['CASECHAIN_WORKSPACE']) return env['CASECHAIN_WORKSPACE'];
  if (process.platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), 'CaseChain', 'workspace');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'CaseChain', 'workspace');
  return join(env['XDG_DATA_HOME'] ?? join(homedir(), '.local', 'share'), 'casechain', 'workspace');
}
