import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { checkFile, type CheckJob, type FileReport } from './checkFile';

/** Below this many drafts, starting workers (each loads the language model) costs more than it saves. */
export const MIN_DRAFTS_FOR_WORKERS = 16;

/** The worker threads to use by default: one per core. */
export function defaultThreads(): number {
  return availableParallelism();
}

/** How many threads a run of `count` drafts will use. */
export function threadsFor(count: number, threads: number): number {
  return count >= MIN_DRAFTS_FOR_WORKERS ? Math.max(1, Math.min(threads, count)) : 1;
}

/**
 * Checks drafts, on worker threads when there are many (the analysis is CPU-bound and
 * synchronous, so threads are how a run uses every core). Reports come back in job order.
 * The workers run this same bundled file (`dist/cli.js`), which answers as a worker when
 * started as one (`runAsWorker`).
 */
export async function checkAll(jobs: readonly CheckJob[], threads: number, onDone: (done: number) => void): Promise<FileReport[]> {
  const n = threadsFor(jobs.length, threads);
  if (n === 1) {
    return jobs.map((job, i) => {
      const report = safeCheck(job);
      onDone(i + 1);
      return report;
    });
  }
  const reports: FileReport[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: n }, () => new Worker(__filename, { workerData: { factdeskWorker: true } }));
  await Promise.all(
    workers.map((worker) => {
      return new Promise<void>((resolve, reject) => {
        const feed = (): void => {
          if (next >= jobs.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          const index = next++;
          worker.postMessage({ index, job: jobs[index] });
        };
        worker.on('message', ({ index, report }: { index: number; report: FileReport }) => {
          reports[index] = report;
          onDone(++done);
          feed();
        });
        worker.on('error', reject);
        feed();
      });
    }),
  ).catch(async (e: unknown) => {
    // A worker that died leaves the run incomplete: stop the others so the process can exit.
    await Promise.all(workers.map((w) => w.terminate()));
    throw e;
  });
  return reports;
}

/** In a worker thread started by `checkAll`: answer check requests; returns false elsewhere. */
export function runAsWorker(): boolean {
  if (isMainThread || !(workerData as { factdeskWorker?: boolean } | null)?.factdeskWorker) return false;
  parentPort!.on('message', ({ index, job }: { index: number; job: CheckJob }) => {
    parentPort!.postMessage({ index, report: safeCheck(job) });
  });
  return true;
}

/** A bug of ours on one draft is reported for that draft; the others are still checked. */
function safeCheck(job: CheckJob): FileReport {
  try {
    return checkFile(job);
  } catch (e) {
    return { ok: false, error: `${job.path}: internal error: ${(e as Error).message}` };
  }
}
