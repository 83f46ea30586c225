/**
 * Compresses pages while Astro renders them, on one thread beside Astro's
 * own: Astro's renderer is one JavaScript thread, so on two cores the other
 * idles during the route walk, and compressing ~15,000 pages after Astro has
 * exited cost the build seconds in which Pagefind wanted both cores
 * (docs/performance.md).
 *
 * A rendered page is handed over with its bytes before Astro writes it; the
 * thread makes its twins once the file on disk holds exactly those bytes,
 * and gives them the file's modification time, as precompress does
 * (scripts/lib/build/precompress.ts). So precompress, which runs after Astro
 * all the same, finds those twins current and compresses only what this
 * missed: a page not yet written when the walk ended, a page whose file
 * differs from what was rendered, whatever was written otherwise. A twin is
 * never made from a file that is still being written or that someone else
 * wrote.
 */
import { Worker } from 'node:worker_threads';
import { worthCompressing, type BatchCounts } from './precompress.ts';

/** What the compressing thread did, once stopped. */
export interface RenderCompressorCounts extends BatchCounts {
	/** Pages handed over but left to precompress (not written in time, written differently, or over the queue's bound). */
	left: number;
}

export interface RenderCompressor {
	/** Hands over a rendered page: its path relative to the site (`news/x/index.html`) and its bytes. */
	add(file: string, bytes: Uint8Array): void;
	/** Stops the thread after the page it is compressing, and returns its counts; pages still queued are left to precompress. */
	stop(): Promise<RenderCompressorCounts>;
}

/** The messages the thread takes. */
export type RenderCompressorMessage = { type: 'page'; file: string; bytes: Uint8Array } | { type: 'stop' };

/**
 * The file Astro writes for a rendered route (`build.format: 'directory'`):
 * an endpoint's path (`feeds/news.rss`), a page's `index.html` in its folder, and the
 * status pages (`/404`, `/500`) as `404.html`. `pathname` is relative to the
 * base, without its leading slash. As Astro's getOutFile does (astro/dist/core/build/common.js).
 */
export function renderedFile(pathname: string, routeType: string): string {
	const path = decodeURI(pathname).replace(/^\/+/, '');
	// An endpoint's request carries the trailing slash of `trailingSlash: 'always'`; its file has none.
	if (routeType === 'endpoint') return path.replace(/\/$/, '');
	if (/^(?:404|500)\/?$/.test(path)) return `${path.replace(/\/$/, '')}.html`;
	return `${path}${path === '' || path.endsWith('/') ? '' : '/'}index.html`;
}

/** Starts the compressing thread for the site being built in `site`, writing twins under `twins`. */
export function startRenderCompressor(site: string, twins: string): RenderCompressor {
	const worker = new Worker(new URL('./render-compress-worker.ts', import.meta.url), { workerData: { site, twins } });
	let failure: Error | undefined;
	const done = new Promise<RenderCompressorCounts>((resolve, reject) => {
		worker.once('message', (counts: RenderCompressorCounts) => resolve(counts));
		worker.once('error', (error: Error) => {
			failure = error;
			reject(error);
		});
		worker.once('exit', (code) => reject(new Error(`The compressing thread stopped with exit code ${code} before it was asked to`)));
	});
	// Not awaited until stop: a failure is reported there, and the build never waits on the thread before.
	done.catch(() => {});
	return {
		add(file, bytes) {
			if (failure || !worthCompressing(file, bytes.length)) return;
			// A copy, moved to the thread: Astro writes the page from its own bytes.
			const copy = new Uint8Array(bytes);
			worker.postMessage({ type: 'page', file, bytes: copy } satisfies RenderCompressorMessage, [copy.buffer]);
		},
		async stop() {
			worker.postMessage({ type: 'stop' } satisfies RenderCompressorMessage);
			try {
				return await done;
			} catch (error) {
				throw new Error(`Compressing pages while rendering failed: ${(error as Error).message}`, { cause: error });
			} finally {
				await worker.terminate();
			}
		},
	};
}
