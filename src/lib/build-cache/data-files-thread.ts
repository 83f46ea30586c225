/**
 * Writes the data files on a thread of their own, from the hand-over's bytes
 * as soon as the route has rendered them: the hand-over is among the first
 * routes Astro renders, and writing its ~20,000 files after the route walk
 * held the build for 9–11 s at 10,000 entries, nearly all of it system time
 * that the walk's own file writes leave room for (docs/performance.md). The
 * thread runs at the lowest priority and writes exactly as ./data-files.ts
 * does on the main thread.
 */
import { Worker } from 'node:worker_threads';

/** What the thread wrote: the files (absolute paths), how many were written and how many kept. */
export interface DataFilesThreadResult {
	files: string[];
	written: number;
	kept: number;
}

/** What the thread is given. */
export interface DataFilesThreadJob {
	/** The output folder. */
	site: string;
	/** The hand-over's bytes (moved to the thread). */
	bytes: Uint8Array;
	/** The stamps file of ./changed-files.ts. */
	stampsFile?: string | undefined;
}

/** Starts writing; the promise settles once every file is written, or with the thread's error. */
export function writeDataFilesOnThread(job: DataFilesThreadJob): Promise<DataFilesThreadResult> {
	const worker = new Worker(new URL('./data-files-worker.ts', import.meta.url), { workerData: job, transferList: [job.bytes.buffer as ArrayBuffer] });
	return new Promise<DataFilesThreadResult>((resolve, reject) => {
		worker.once('message', resolve);
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`The data files' thread stopped with exit code ${code} before it was done`)));
	}).finally(() => worker.terminate());
}
