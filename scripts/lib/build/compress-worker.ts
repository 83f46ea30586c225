/** A compression thread of precompress (scripts/lib/build/precompress.ts): compresses its batch, posts the counts. */
import { parentPort, workerData } from 'node:worker_threads';
import { compressFiles, type CompressBatch } from './precompress.ts';

parentPort!.postMessage(compressFiles(workerData as CompressBatch));
