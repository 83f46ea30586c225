/**
 * The compressing thread of scripts/lib/build/render-compressor.ts: takes
 * rendered pages in the order Astro renders them and makes each one's twins
 * once its file holds the rendered bytes, retrying a page not yet written a
 * while before leaving it to precompress.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { lowestThreadPriority } from '../../../src/lib/build-cache/thread-priority.ts';
import { writeTwins } from './precompress.ts';
import type { RenderCompressorCounts, RenderCompressorMessage } from './render-compressor.ts';

const { site, twins } = workerData as { site: string; twins: string };

// This thread only takes what Astro's renderer leaves: it gives way whenever the renderer (or its file writes) wants the core.
lowestThreadPriority();

/** How long a page may take to be written after it was rendered, in retries of RETRY_MS. */
const RETRIES = 200;
const RETRY_MS = 10;
/** Pages queued at most (~20 KB each): beyond, a page is left to precompress, so a thread that falls behind holds bounded memory. */
const MAX_QUEUED = 2000;

interface Job {
	file: string;
	bytes: Buffer;
	tries: number;
	due: number;
}

/** Pages as rendered, and pages not yet written when first looked at (each due again RETRY_MS later). */
const rendered: Job[] = [];
const retried: Job[] = [];
const counts: RenderCompressorCounts = { compressed: 0, left: 0, bytes: { source: 0, gzip: 0, brotli: 0 } };
const folders = new Set<string>();
/** The next step, when one is scheduled: right away (setImmediate) or once the first page is due (setTimeout). */
let next: { cancel: () => void } | undefined;
let stopping = false;

function schedule(delay: number): void {
	if (delay > 0) {
		const timeout = setTimeout(step, delay);
		next = { cancel: () => clearTimeout(timeout) };
	} else {
		const immediate = setImmediate(step);
		next = { cancel: () => clearImmediate(immediate) };
	}
}

/** The file's modification time when it holds exactly `bytes` and did not change while read; else undefined. */
function writtenAs(path: string, bytes: Buffer): number | undefined {
	const before = statSync(path, { throwIfNoEntry: false });
	if (!before || before.size !== bytes.length) return undefined;
	const data = readFileSync(path);
	const after = statSync(path, { throwIfNoEntry: false });
	if (!after || after.mtimeMs !== before.mtimeMs || after.size !== before.size || !data.equals(bytes)) return undefined;
	return before.mtimeMs;
}

/** The next page to look at: a retried one once due, else the next rendered one; undefined when none is due yet. */
function take(): Job | undefined {
	if (retried[0] && retried[0].due <= Date.now()) return retried.shift();
	return rendered.shift();
}

function step(): void {
	next = undefined;
	if (stopping) return;
	const job = take();
	if (!job) {
		if (retried[0]) schedule(Math.max(1, retried[0].due - Date.now()));
		return;
	}
	const mtimeMs = writtenAs(join(site, job.file), job.bytes);
	if (mtimeMs !== undefined) writeTwins(twins, job.file, job.bytes, mtimeMs, counts, folders);
	else if (++job.tries < RETRIES) retried.push({ ...job, due: Date.now() + RETRY_MS });
	else counts.left++;
	// One page per turn of the event loop: messages (more pages, stop) come in between.
	schedule(0);
}

parentPort!.on('message', (message: RenderCompressorMessage) => {
	if (message.type === 'stop') {
		stopping = true;
		next?.cancel();
		counts.left += rendered.length + retried.length;
		parentPort!.postMessage(counts);
		return;
	}
	if (rendered.length + retried.length >= MAX_QUEUED) {
		counts.left++;
		return;
	}
	const bytes = Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength);
	rendered.push({ file: message.file, bytes, tries: 0, due: 0 });
	// A step waiting for a retried page is brought forward: this page can be looked at now.
	next?.cancel();
	schedule(0);
});
