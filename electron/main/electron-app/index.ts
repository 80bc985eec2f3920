// The Electron shell: hosts the same services as the CLI and the browser host, over IPC. Hardened: context
// isolation, sandbox, no Node in the renderer, a strict CSP, no navigation, no new windows, no permissions.

import { app, BrowserWindow, dialog, ipcMain, net, protocol, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { EXPORT_FILE_NAME } from '../../contract/bridge';
import { dispatch } from '../services/dispatch';
import { createHandlers } from '../services/handlers';
import { seedSampleIfNew } from '../sample/seed-sample';
import { evidenceOriginal, servedMediaType } from '../verify/evidence-originals';
import { defaultWorkspaceDir } from '../workspace/default-location';
import { Workspace } from '../workspace/workspace';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' casechain-media: data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const here = dirname(fileURLToPath(import.meta.url));

// The payloads of the two channels beside casechain:call (whose payloads the contract's schemas parse).
const PickKind = z.enum(['files', 'folder']);
const ExportFileName = z.string().regex(EXPORT_FILE_NAME);

protocol.registerSchemesAsPrivileged([{ scheme: 'casechain-media', privileges: { standard: true, secure: true, supportFetchAPI: false } }]);

function workspaceDirFromArgs(): string {
  const i = process.argv.indexOf('--workspace');
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : defaultWorkspaceDir();
}

async function main(): Promise<void> {
  await app.whenReady();
  const ws = await Workspace.open(workspaceDirFromArgs());
  await seedSampleIfNew(ws);
  const handlers = createHandlers(ws);

  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // Electronegativity CSP_GLOBAL_CHECK ("failed to parse CSP") flags this line only because it cannot read the CSP
  // constant through a variable; renderer/index.html carries a <meta> policy as well (tests/adapter/electronegativity.test.ts).
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } });
  });

  protocol.handle('casechain-media', async (request) => {
    const url = new URL(request.url);
    if (url.hostname === 'export') {
      const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
      if (!EXPORT_FILE_NAME.test(name)) return new Response('not found', { status: 404 });
      return net.fetch(pathToFileURL(join(ws.dir, 'exports', name)).toString());
    }
    if (url.hostname === 'verified') {
      const original = await evidenceOriginal(url.searchParams.get('path') ?? '', Number(url.pathname.replace(/^\//, '')));
      if (!original) return new Response('not found', { status: 404 });
      return new Response(Buffer.from(original.bytes), { headers: { 'Content-Type': servedMediaType(original.mediaType), 'Cache-Control': 'no-store' } });
    }
    const sha = url.pathname.replace(/^\//, '');
    if (!/^[0-9a-f]{64}$/.test(sha)) return new Response('not found', { status: 404 });
    const file = url.hostname === 'thumbnail' ? ws.store.thumbnailPathOf(sha) : ws.store.pathOf(sha);
    return net.fetch(pathToFileURL(file).toString());
  });

  ipcMain.handle('casechain:call', (event, method: unknown, payload: unknown) => {
    if (!isOwnWindow(event.senderFrame?.url)) return { ok: false, error: { code: 'invalid-input', message: 'untrusted sender' } };
    return dispatch(handlers, method, payload);
  });
  ipcMain.handle('casechain:pick', async (event, payload: unknown) => {
    const win = BrowserWindow.fromWebContents(event.sender);
    const parsed = PickKind.safeParse(payload);
    if (!win || !isOwnWindow(event.senderFrame?.url) || !parsed.success) return [];
    const kind = parsed.data;
    const result = await dialog.showOpenDialog(win, {
      properties: kind === 'folder' ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
    });
    return result.canceled ? [] : result.filePaths;
  });

  ipcMain.handle('casechain:reveal-export', (event, payload: unknown) => {
    const fileName = ExportFileName.safeParse(payload);
    if (!isOwnWindow(event.senderFrame?.url) || !fileName.success) return false;
    shell.showItemInFolder(join(ws.dir, 'exports', fileName.data));
    return true;
  });
  // A download (the case file or its package, from casechain-media://export/) asks where to save it, starting in
  // the user's Downloads folder under the file's own name; nothing is ever saved without that dialog.
  session.defaultSession.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({ title: '保存案卷 (Save the case file)', defaultPath: join(app.getPath('downloads'), item.getFilename()) });
  });

  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (e) => e.preventDefault());
    contents.on('will-attach-webview', (e) => e.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // Electronegativity OPEN_EXTERNAL_JS_CHECK: only https:// URLs reach the system browser, never file:/smb:/custom schemes.
      if (url.startsWith('https://')) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });

  // Electronegativity AUXCLICK_JS_CHECK: middle-click can only request a new window, which setWindowOpenHandler
  // above always denies; PRELOAD_JS_CHECK: the preload is sandboxed and exposes one narrow contextBridge object.
  const win = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    title: 'CaseChain 证链',
    show: false,
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  await win.loadFile(join(here, '../renderer/index.html'));
  app.on('window-all-closed', () => {
    ws.close();
    app.quit();
  });
}

function isOwnWindow(url: string | undefined): boolean {
  return typeof url === 'string' && url.startsWith('file://');
}

main().catch((err: unknown) => {
  dialog.showErrorBox('CaseChain', err instanceof Error ? err.message : String(err));
  app.exit(1);
});
