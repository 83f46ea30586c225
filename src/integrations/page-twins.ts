/**
 * The pages' compressed twins, made while Astro renders (for `npm run build`).
 * Astro renders on one thread and leaves the second core idle, while after it
 * Pagefind's indexer and the compressor share both cores: so each page the
 * middleware sees (src/middleware.ts) is handed, text and address, to a
 * compression thread (scripts/lib/build/twin-worker.ts) that writes its twins
 * into the twins folder at once. What each twin was made from (a digest of the
 * bytes) is handed to scripts/build.ts in a file, and its compression pass
 * (scripts/lib/build/precompress.ts) keeps those twins only for a file whose
 * bytes are exactly those: a page written otherwise, or later changed, is
 * compressed there as before. So nothing here decides what is published.
 *
 * Off unless scripts/build.ts names the twins folder and the record file in
 * SITE_PAGE_TWINS; plain `astro build` and `astro dev` never start it.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { COMPRESSIBLE, worthCompressing, type TwinRecord } from '../../scripts/lib/build/precompress.ts';
import { outputFileOf, setPageSink } from '../lib/build-cache/page-sink.ts';

/** The job scripts/build.ts hands over, as JSON in this variable. */
export const PAGE_TWINS_ENV = 'SITE_PAGE_TWINS';

export interface PageTwinsJob {
	/** The folder of the compressed twins (`<work folder>.compressed`). */
	twins: string;
	/** Where the records are written once the build is done: `[file, TwinRecord][]` as JSON. */
	records: string;
}

/** Pages at most in the thread's queue: rendering waits beyond, so text does not pile up in memory. */
const QUEUE = 64;

/** True when a file of this path is text that the compression pass compresses (by its extension). */
const isText = (file: string) => COMPRESSIBLE.has(extname(file).toLowerCase());

export default function pageTwins(): AstroIntegration {
	let base = '/';
	let worker: Worker | undefined;
	const records = new Map<string, TwinRecord>();
	let pending = 0;
	let waiting: (() => void)[] = [];
	let drained: (() => void) | undefined;
	const settle = () => {
		pending--;
		if (pending < QUEUE) for (const resume of waiting.splice(0)) resume();
		if (pending === 0) drained?.();
	};
	return {
		name: 'site:page-twins',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:start': ({ logger }) => {
				const raw = process.env[PAGE_TWINS_ENV];
				if (!raw) return;
				const job = JSON.parse(raw) as PageTwinsJob;
				const script = fileURLToPath(new URL('../../scripts/lib/build/twin-worker.ts', import.meta.url));
				if (!existsSync(script)) {
					logger.warn(`Pages are compressed after the build: ${script} is missing`);
					return;
				}
				worker = new Worker(script, { workerData: { twins: job.twins } });
				worker.on('message', ({ file, record }: { file: string; record?: TwinRecord }) => {
					if (record) records.set(file, record);
					settle();
				});
				// A thread that fails leaves its pages to the compression pass after the build.
				worker.on('error', (error: Error) =>
					logger.warn(`Compressing pages while rendering stopped (${error.message}); the rest are compressed after the build`),
				);
				worker.on('exit', () => {
					worker = undefined;
					pending = 0;
					for (const resume of waiting.splice(0)) resume();
					drained?.();
				});
				setPageSink({
					wants: (pathname) => worker !== undefined && isText(outputFileOf(pathname, base) ?? ''),
					take: async (pathname, bytes) => {
						const file = outputFileOf(pathname, base);
						if (!worker || !file || !worthCompressing(file, bytes.byteLength)) return;
						pending++;
						worker.postMessage({ file, bytes });
						if (pending >= QUEUE) await new Promise<void>((resume) => waiting.push(resume));
					},
				});
			},
			'astro:build:done': async ({ logger }) => {
				const raw = process.env[PAGE_TWINS_ENV];
				setPageSink(undefined);
				if (!raw) return;
				if (worker && pending > 0) await new Promise<void>((resolve) => (drained = resolve));
				await worker?.terminate();
				const job = JSON.parse(raw) as PageTwinsJob;
				writeFileSync(job.records, JSON.stringify([...records]));
				logger.info(`${records.size} page(s) compressed while rendering`);
				waiting = [];
			},
		},
	};
}
