// The bridge for a plain browser (Playwright, `casechain serve`): the same contract over the browser host's HTTP
// endpoints. Every call carries the token the host printed in the page URL; <img> URLs need no token because the
// host sets an HttpOnly cookie when the page first loads.

import type { Input, Method, Output } from '../../../electron/contract/api';
import type { CaseChainBridge, PickedFile } from '../../../electron/contract/bridge';
import type { Envelope } from '../../../electron/contract/envelope';

const TOKEN_KEY = 'casechain.token';
const UPLOADS_IN_FLIGHT = 4;

/** Reads ?token= once, keeps it for this tab, and takes it out of the address bar so it is not bookmarked or shared. */
export function takeToken(location: Location, storage: Storage, history: History): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY);
}

function failure<T>(code: 'io-error' | 'internal', message: string): Envelope<T> {
  return { ok: false, error: { code, message } };
}

async function postJson<T>(url: string, token: string | null, body: BodyInit, contentType: string): Promise<Envelope<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': contentType, ...(token ? { 'x-casechain-token': token } : {}) },
      body,
      credentials: 'same-origin',
    });
  } catch (err) {
    return failure('io-error', `无法连接到 CaseChain 服务 (cannot reach the CaseChain host): ${String(err)}`);
  }
  try {
    return (await response.json()) as Envelope<T>;
  } catch {
    return failure('internal', `服务返回了无法解析的应答 (unreadable answer), HTTP ${response.status}`);
  }
}

function randomBatchId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The host stores an upload under incoming/<batch>/<file name>, so two files with the same name (from two
 * sub-folders of a picked folder) would overwrite each other in one batch: a repeated name goes to its own
 * sub-batch instead.
 */
function planUploads(files: readonly File[], batch: string): { file: File; batch: string }[] {
  const seen = new Map<string, number>();
  return files.map((file) => {
    const n = seen.get(file.name) ?? 0;
    seen.set(file.name, n + 1);
    return { file, batch: n === 0 ? batch : `${batch}-${n}` };
  });
}

export function createHttpBridge(token: string | null, base = ''): CaseChainBridge {
  const call = <M extends Method>(method: M, input: Input<M>): Promise<Envelope<Output<M>>> =>
    postJson<Output<M>>(`${base}/api/${encodeURIComponent(method)}`, token, JSON.stringify(input), 'application/json');

  const upload = async (file: File, batch: string): Promise<string> => {
    const url = `${base}/upload?batch=${encodeURIComponent(batch)}&name=${encodeURIComponent(file.name)}`;
    const result = await postJson<{ path: string }>(url, token, file, 'application/octet-stream');
    if (!result.ok) throw new Error(`${file.name}: ${result.error.message}`);
    return result.value.path;
  };

  return {
    call,
    async pathsForFiles(picked: readonly PickedFile[]): Promise<string[]> {
      // In a browser the picked objects are DOM Files (the contract only names what it needs of them).
      const plan = planUploads(picked as readonly File[], randomBatchId());
      const paths: string[] = new Array<string>(plan.length);
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < plan.length) {
          const i = next++;
          const item = plan[i];
          if (item) paths[i] = await upload(item.file, item.batch);
        }
      };
      await Promise.all(Array.from({ length: Math.min(UPLOADS_IN_FLIGHT, plan.length) }, worker));
      return paths;
    },
    pickPaths: async () => null,
    mediaUrl: (sha256, variant) => `${base}/media/${variant}/${sha256}`,
    exportUrl: (fileName) => `${base}/exports/${encodeURIComponent(fileName)}`,
    verifiedEvidenceUrl: (path, no) => `${base}/verified/${no}?path=${encodeURIComponent(path)}`,
    // A browser page cannot open the user's file manager; it downloads the file instead.
    showExportInFolder: null,
  };
}
