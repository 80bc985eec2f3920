// Verifies one case file at a time: a file the user dropped or picked (uploaded first where the UI runs in a
// browser) or a path the host already holds (a file just exported). A newer request drops an older answer.

import { useCallback, useRef, useState } from 'react';
import type { VerifyResultDto } from '../../../electron/contract/dto';
import { bridge } from '../bridge';
import { call } from '../bridge/call';
import { readManifest } from '../casefile/manifest';
import type { CaseFileManifest } from '../casefile/manifest';

export type VerifyState =
  | { phase: 'idle' }
  | { phase: 'uploading'; name: string }
  | { phase: 'verifying'; name: string }
  /** `path`: where the host holds the verified file (its originals are served from there). */
  | { phase: 'done'; name: string; path: string; result: VerifyResultDto; manifest: CaseFileManifest | null }
  | { phase: 'error'; name: string; error: unknown };

export interface Verifier {
  state: VerifyState;
  verifyPath: (path: string) => Promise<void>;
  verifyFile: (file: File) => Promise<void>;
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function useVerify(): Verifier {
  const [state, setState] = useState<VerifyState>({ phase: 'idle' });
  const generation = useRef(0);

  const run = useCallback(async (name: string, getPath: () => Promise<string | null>, mine: number) => {
    try {
      const path = await getPath();
      if (mine !== generation.current) return;
      if (!path) {
        setState({ phase: 'idle' });
        return;
      }
      setState({ phase: 'verifying', name });
      const result = await call('casefile.verify', { path });
      if (mine === generation.current) setState({ phase: 'done', name, path, result, manifest: readManifest(result.manifest) });
    } catch (error) {
      if (mine === generation.current) setState({ phase: 'error', name, error });
    }
  }, []);

  const verifyPath = useCallback(
    async (path: string) => {
      const mine = ++generation.current;
      const name = baseName(path);
      setState({ phase: 'verifying', name });
      await run(name, async () => path, mine);
    },
    [run],
  );

  const verifyFile = useCallback(
    async (file: File) => {
      const mine = ++generation.current;
      setState({ phase: 'uploading', name: file.name });
      await run(file.name, async () => (await bridge.pathsForFiles([file]))[0] ?? null, mine);
    },
    [run],
  );

  return { state, verifyPath, verifyFile };
}
