// Serves the real React UI and the same contract over HTTP on 127.0.0.1, so Playwright (and a user without the
// Electron binary) can drive the app in a browser. Every request must carry the random token the host was
// started with: as ?token=, the x-casechain-token header, or the cookie set when the page first loads.

import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { basename, extname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Handlers } from '../../contract/api';
import { EXPORT_FILE_NAME } from '../../contract/bridge';
import { dispatch } from '../services/dispatch';
import { evidenceOriginal, servedMediaType } from '../verify/evidence-originals';
import type { Workspace } from '../workspace/workspace';

export interface BrowserHost {
  url: string;
  token: string;
  server: Server;
  close(): Promise<void>;
}

export interface BrowserHostOptions {
  workspace: Workspace;
  handlers: Handlers;
  rendererDir: string;
  port?: number;
  token?: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
const MAX_JSON_BYTES = 8 << 20;

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const server = createServer((req, res) => {
    handle(req, res, options, token).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: err instanceof Error ? err.message : String(err) } });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function tokenOf(req: IncomingMessage, url: URL): string | null {
  const header = req.headers['x-casechain-token'];
  if (typeof header === 'string') return header;
  const query = url.searchParams.get('token');
  if (query) return query;
  const cookie = /(?:^|;\s*)cc_token=([0-9a-f]+)/.exec(req.headers.cookie ?? '');
  return cookie?.[1] ?? null;
}

function sameToken(a: string | null, b: string): boolean {
  if (a === null || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

async function handle(req: IncomingMessage, res: ServerResponse, options: BrowserHostOptions, token: string): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (!sameToken(tokenOf(req, url), token)) {
    send(res, 403, { ok: false, error: { code: 'invalid-input', message: 'missing or wrong token' } });
    return;
  }
  res.setHeader('Set-Cookie', `cc_token=${token}; HttpOnly; SameSite=Strict; Path=/`);
  res.setHeader('X-Content-Type-Options', 'nosniff');

  if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
    const body = await readJson(req);
    send(res, 200, await dispatch(options.handlers, decodeURIComponent(url.pathname.slice(5)), body));
    return;
  }
  if (req.method === 'POST' && url.pathname === '/upload') {
    send(res, 200, await receiveUpload(req, url, options.workspace));
    return;
  }
  if (req.method === 'GET' && url.pathname.startsWith('/exports/')) {
    const name = decodeURIComponent(url.pathname.slice('/exports/'.length));
    if (!EXPORT_FILE_NAME.test(name)) return send(res, 404, { ok: false, error: { code: 'not-found', message: 'not found' } });
    await streamFile(res, join(options.workspace.dir, 'exports', name), name.endsWith('.pdf') ? 'application/pdf' : 'application/zip');
    return;
  }
  if (req.method === 'GET' && url.pathname.startsWith('/verified/')) {
    const original = await evidenceOriginal(url.searchParams.get('path') ?? '', Number(url.pathname.slice('/verified/'.length)));
    if (!original) return send(res, 404, { ok: false, error: { code: 'not-found', message: 'not found' } });
    res.writeHead(200, { 'Content-Type': servedMediaType(original.mediaType), 'Content-Length': original.bytes.length, 'Cache-Control': 'no-store' });
    res.end(Buffer.from(original.bytes.buffer, original.bytes.byteOffset, original.bytes.length));
    return;
  }
  if (req.method === 'GET' && url.pathname.startsWith('/media/')) {
    await serveMedia(res, url.pathname, options.workspace);
    return;
  }
  if (req.method === 'GET') {
    await serveStatic(res, url.pathname, options.rendererDir);
    return;
  }
  send(res, 405, { ok: false, error: { code: 'invalid-input', message: 'method not allowed' } });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_JSON_BYTES) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : (JSON.parse(text) as unknown);
}

/** A browser cannot hand over local paths, so dropped files are uploaded into incoming/ and imported from there. */
async function receiveUpload(req: IncomingMessage, url: URL, ws: Workspace): Promise<unknown> {
  const batch = (url.searchParams.get('batch') ?? 'batch').replace(/[^0-9A-Za-z_-]/g, '').slice(0, 64) || 'batch';
  const name = basename(url.searchParams.get('name') ?? 'upload').replace(/[\\/:*?"<>|\0]/g, '_') || 'upload';
  const dir = join(ws.dir, 'incoming', batch);
  await mkdir(dir, { recursive: true });
  const target = join(dir, name);
  const handle = await open(target, 'w');
  try {
    await pipeline(req, handle.createWriteStream());
  } finally {
    await handle.close().catch(() => undefined);
  }
  return { ok: true, value: { path: target } };
}

async function serveMedia(res: ServerResponse, pathname: string, ws: Workspace): Promise<void> {
  const m = /^\/media\/(original|thumbnail)\/([0-9a-f]{64})$/.exec(pathname);
  if (!m) return send(res, 404, { ok: false, error: { code: 'not-found', message: 'no such media' } });
  const [, variant, sha] = m as unknown as [string, string, string];
  const row = ws.db.get<{ media_type: string }>({ text: 'SELECT media_type FROM originals WHERE sha256 = ?', values: [sha] });
  if (!row) return send(res, 404, { ok: false, error: { code: 'not-found', message: 'no such original' } });
  const file = variant === 'thumbnail' ? ws.store.thumbnailPathOf(sha) : ws.store.pathOf(sha);
  const type = variant === 'thumbnail' ? 'image/jpeg' : row.media_type;
  await streamFile(res, file, type);
}

async function serveStatic(res: ServerResponse, pathname: string, root: string): Promise<void> {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const file = join(root, relative === '' ? 'index.html' : relative);
  if (!file.startsWith(root + sep) && file !== root) return send(res, 404, { ok: false, error: { code: 'not-found', message: 'not found' } });
  const exists = await stat(file).then((s) => s.isFile(), () => false);
  await streamFile(res, exists ? file : join(root, 'index.html'), CONTENT_TYPES[extname(exists ? file : 'x.html')] ?? 'application/octet-stream');
}

async function streamFile(res: ServerResponse, file: string, type: string): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return send(res, 404, { ok: false, error: { code: 'not-found', message: 'not found' } });
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': info.size, 'Cache-Control': 'private, max-age=3600' });
  await pipeline(createReadStream(file), res);
}
