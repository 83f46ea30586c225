/** The thread of ./data-files-thread.ts: writes the hand-over's files, posts what it did. */
import { parentPort, workerData } from 'node:worker_threads';
import { handedOver, writeDataFiles } from './data-files.ts';
import type { DataFilesThreadJob, DataFilesThreadResult } from './data-files-thread.ts';
import { lowestThreadPriority } from './thread-priority.ts';

// Astro's renderer goes on while this writes: the renderer comes first.
lowestThreadPriority();
const { site, bytes, stampsFile } = workerData as DataFilesThreadJob;
const done = writeDataFiles(site, handedOver(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)), stampsFile);
parentPort!.postMessage({ files: [...done.files], written: done.written, kept: done.kept } satisfies DataFilesThreadResult);
