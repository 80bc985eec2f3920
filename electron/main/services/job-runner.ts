// Long work (imports) runs as a job the UI polls: the same shape works over IPC and over HTTP, and a
// cancelled job reports what it finished before it stopped.

import { randomUUID } from 'node:crypto';
import { AppError } from '../../contract/envelope';
import type { ImportSummary, JobStatus } from '../../contract/dto';
import type { ImportProgress } from '../ingest/import-service';

interface Job {
  status: JobStatus;
  controller: AbortController;
}

const FINISHED_JOBS_KEPT = 50;

export class JobRunner {
  private readonly jobs = new Map<string, Job>();

  startImport(run: (signal: AbortSignal, onProgress: (p: ImportProgress) => void) => Promise<ImportSummary>): JobStatus {
    const id = randomUUID();
    const controller = new AbortController();
    const job: Job = {
      controller,
      status: {
        id,
        kind: 'import-photos',
        state: 'running',
        filesDone: 0,
        filesTotal: 0,
        bytesDone: 0,
        bytesTotal: 0,
        current: null,
        summary: null,
        error: null,
      },
    };
    this.jobs.set(id, job);
    this.prune();
    run(controller.signal, (p) => Object.assign(job.status, p))
      .then((summary) => {
        job.status.summary = summary;
        job.status.state = summary.cancelled ? 'cancelled' : 'done';
      })
      .catch((err: unknown) => {
        job.status.state = 'failed';
        job.status.error = err instanceof Error ? err.message : String(err);
      });
    return { ...job.status };
  }

  get(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('not-found', `任务 ${id} 不存在 (no such job)`);
    return { ...job.status };
  }

  cancel(id: string): JobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('not-found', `任务 ${id} 不存在 (no such job)`);
    job.controller.abort(new AppError('cancelled', '已取消 (cancelled)'));
    return { ...job.status };
  }

  /** Resolves when the job has finished, for callers that wait (tests, the CLI). */
  async wait(id: string, pollMs = 20): Promise<JobStatus> {
    for (;;) {
      const s = this.get(id);
      if (s.state !== 'running') return s;
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.status.state !== 'running');
    for (const j of finished.slice(0, Math.max(0, finished.length - FINISHED_JOBS_KEPT))) this.jobs.delete(j.status.id);
  }
}
