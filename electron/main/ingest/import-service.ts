// Imports camera captures into a case. Each file is read once: copied into the store while both hashes are
// computed, then described, then recorded with its audit entry in one transaction. A bad file is rejected
// with a reason and the batch goes on; a killed import leaves only temp files, and importing the same paths
// again completes the rest (files already in the case count as duplicates).

import { basename } from 'node:path';
import { AppError } from '../../contract/envelope';
import type { ImportSummary, Rejection } from '../../contract/dto';
import type { CaptureFacts } from '../../core/evidence/capture-metadata';
import { sniffMediaType } from '../../core/media/media-type';
import type { MediaType } from '../../core/media/media-type';
import { sql } from '../db/sql';
import type { StagedOriginal } from '../store/original-store';
import type { Workspace } from '../workspace/workspace';
import { collectFiles, describeFsError } from './collect-files';
import type { CandidateFile } from './collect-files';
import { describeMedia } from './describe-media';
import { readHead } from './read-head';
import { readThumbnail } from './exif-reader';

export interface ImportProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  current: string | null;
}

export interface ImportOptions {
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  /** Files processed at once; reading one while another is hashed keeps both cores busy. */
  concurrency?: number;
  clock?: () => Date;
}

type Outcome = { kind: 'imported' } | { kind: 'duplicate' } | { kind: 'rejected'; reason: string };

export class ImportService {
  constructor(private readonly ws: Workspace) {}

  async importPaths(caseId: string, inputs: readonly string[], options: ImportOptions = {}): Promise<ImportSummary> {
    if (!this.ws.db.get(sql`SELECT 1 FROM cases WHERE id = ${caseId}`)) {
      throw new AppError('not-found', `案件 ${caseId} 不存在 (no case with id ${caseId})`);
    }
    const { files, rejected } = await collectFiles(inputs);
    const progress: ImportProgress = {
      filesDone: 0,
      filesTotal: files.length,
      bytesDone: 0,
      bytesTotal: files.reduce((n, f) => n + f.size, 0),
      current: null,
    };
    const summary: ImportSummary = { imported: 0, duplicates: 0, rejected: [...rejected], cancelled: false };
    const report = (): void => options.onProgress?.({ ...progress });
    report();

    // Files are read and hashed several at a time, but recorded in input order, so evidence numbers (E001…)
    // follow the order of the files and do not depend on which copy finished first.
    const recorded: Promise<void>[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < files.length && !options.signal?.aborted) {
        const index = next++;
        const file = files[index] as CandidateFile;
        progress.current = file.path;
        report();
        const turn = index > 0 ? (recorded[index - 1] as Promise<void>) : Promise.resolve();
        const pending = this.importOne(caseId, file, options, (n) => (progress.bytesDone += n), turn);
        // A file's turn is over once it is done and every file before it is done (it may finish early, rejected).
        recorded[index] = Promise.all([pending.catch(() => undefined), turn]).then(() => undefined);
        const outcome = await pending;
        if (outcome.kind === 'imported') summary.imported++;
        else if (outcome.kind === 'duplicate') summary.duplicates++;
        else if (!options.signal?.aborted) summary.rejected.push({ path: file.path, reason: outcome.reason });
        progress.filesDone++;
        report();
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 3) }, worker));

    summary.cancelled = options.signal?.aborted ?? false;
    progress.current = null;
    report();
    const { operator } = this.ws.settings;
    this.ws.db.transaction(() =>
      this.ws.audit.append(operator, 'import.batch', `case:${caseId}`, {
        inputs,
        imported: summary.imported,
        duplicates: summary.duplicates,
        rejected: summary.rejected,
        cancelled: summary.cancelled,
      }),
    );
    return summary;
  }

  private async importOne(
    caseId: string,
    file: CandidateFile,
    options: ImportOptions,
    onBytes: (n: number) => void,
    turn: Promise<void>,
  ): Promise<Outcome> {
    let mediaType: MediaType;
    try {
      const sniffed = sniffMediaType(await readHead(file.path), basename(file.path));
      if (!sniffed.ok) return { kind: 'rejected', reason: sniffed.reason };
      mediaType = sniffed.mediaType;
    } catch (err) {
      return { kind: 'rejected', reason: describeFsError(err) };
    }

    let staged: StagedOriginal;
    try {
      staged = await this.ws.store.stage(file.path, { signal: options.signal, onBytes });
    } catch (err) {
      if (options.signal?.aborted) return { kind: 'rejected', reason: 'cancelled' };
      return { kind: 'rejected', reason: describeFsError(err) };
    }

    try {
      const existing = this.ws.db.get<{ metadata_json: string }>(sql`SELECT metadata_json FROM originals WHERE sha256 = ${staged.sha256}`);
      const now = (options.clock ?? (() => new Date()))();
      const settings = this.ws.settings;
      const facts: CaptureFacts = existing
        ? (JSON.parse(existing.metadata_json) as CaptureFacts)
        : await describeMedia(staged.tempPath, mediaType, {
            zone: settings.zone,
            nowMs: now.getTime(),
            gpsToleranceSeconds: settings.gpsToleranceSeconds,
          });
      if (!existing && facts.hasThumbnail) {
        const thumb = await readThumbnail(staged.tempPath);
        if (thumb) await this.ws.store.writeThumbnail(staged.sha256, thumb);
      }
      await this.ws.store.commit(staged);
      await turn;
      return this.record(caseId, file, staged, mediaType, facts, existing !== undefined, now, settings.operator);
    } catch (err) {
      await this.ws.store.discard(staged);
      return { kind: 'rejected', reason: `导入失败 (import failed): ${err instanceof Error ? err.message : String(err)}` };
    }
  }

  private record(
    caseId: string,
    file: CandidateFile,
    staged: StagedOriginal,
    mediaType: MediaType,
    facts: CaptureFacts,
    originalKnown: boolean,
    now: Date,
    operator: string,
  ): Outcome {
    return this.ws.db.transaction((): Outcome => {
      if (!originalKnown) {
        this.ws.db.run(sql`INSERT OR IGNORE INTO originals (sha256, sm3, size, media_type, stored_at, metadata_json)
          VALUES (${staged.sha256}, ${staged.sm3}, ${staged.size}, ${mediaType}, ${now.toISOString()}, ${JSON.stringify(facts)})`);
      }
      if (this.ws.db.get(sql`SELECT 1 FROM evidence WHERE case_id = ${caseId} AND sha256 = ${staged.sha256}`)) {
        return { kind: 'duplicate' };
      }
      const last = this.ws.db.get<{ seq: number }>(sql`SELECT MAX(seq) AS seq FROM evidence WHERE case_id = ${caseId}`);
      const seq = (last?.seq ?? 0) + 1;
      const id = `${caseId}-E${String(seq).padStart(3, '0')}`;
      this.ws.db.run(sql`INSERT INTO evidence (id, case_id, seq, sha256, source_name, source_path, imported_at, imported_by, captured_ms)
        VALUES (${id}, ${caseId}, ${seq}, ${staged.sha256}, ${basename(file.path)}, ${file.path}, ${now.toISOString()}, ${operator}, ${facts.capturedAtMs})`);
      this.ws.audit.append(operator, 'evidence.import', `case:${caseId}/${id}`, {
        evidenceId: id,
        source: file.path,
        sha256: staged.sha256,
        sm3: staged.sm3,
        size: staged.size,
        mediaType,
        capturedAt: facts.capturedAt,
        timeBasis: facts.timeBasis,
        warnings: facts.warnings,
      });
      return { kind: 'imported' };
    });
  }
}


export type { Rejection };
