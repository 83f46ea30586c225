/**
 * Renders entry bodies (../render.ts) on worker threads and writes their
 * body files (../../build-cache/body-files.ts), with their listing excerpts,
 * for the content loader. Rendering and writing are the share of a cold
 * content sync that does not need Astro's content layer, whose main thread
 * would otherwise leave the second core idle while it renders and writes
 * body after body (docs/performance.md). Every body is sent to a thread as
 * soon as it is asked for, so the threads work while the main thread stores
 * what is done; a thread runs the same code as the main thread, so the HTML
 * and the file do not depend on where they were made.
 *
 * A body can be sent ahead (`prefetch`), before anyone asks for it: the
 * content check does so on a cold cache as it validates each entry, so that
 * the threads render while the main thread is still checking, and the loader
 * then `take`s what is done.
 *
 * Threads start on the first body and stop once none is pending, so a pool
 * costs nothing between builds (or between edits in `astro dev`); they never
 * keep the process alive.
 */
import { Worker } from 'node:worker_threads';

/** A body sent to a thread. */
export interface RenderRequest {
	id: number;
	markdown: string;
	/** The body files' folder (`bodyFolder`). */
	folder: string;
}

/** A thread's answer, or at which step it failed and why. */
export type RenderReply = ({ id: number } & ThreadRendered) | { id: number; failed: BodyFailure['step']; error: string };

/** What a body gives on a thread. */
export interface ThreadRendered {
	/** The body file as `writeBodyFile` names it, written; absent when the body needs Astro's unified pipeline, on the main thread. */
	bodyFile?: string;
	/** As `excerptFromMarkdown` returns it. */
	excerpt: string;
}

/** A body a thread could not render, or whose file it could not write. */
export class BodyFailure extends Error {
	/** The step that failed. */
	readonly step: 'render' | 'write';

	constructor(step: 'render' | 'write', message: string) {
		super(message);
		this.step = step;
	}
}

const aheadKey = (markdown: string, folder: string) => `${folder}\u0000${markdown}`;

interface Pending {
	resolve: (result: ThreadRendered) => void;
	reject: (error: Error) => void;
	worker: Worker;
}

export class RenderPool {
	readonly #size: number;
	readonly #workerUrl: URL;
	#workers: Worker[] = [];
	readonly #pending = new Map<number, Pending>();
	/** Bodies sent ahead and not taken yet, by folder and text. */
	readonly #ahead = new Map<string, Promise<ThreadRendered>>();
	#next = 0;

	/** `size` threads at most; `workerUrl` is the thread's module (tests give a failing one). */
	constructor(size: number, workerUrl: URL = new URL('./worker.ts', import.meta.url)) {
		this.#size = Math.max(1, size);
		this.#workerUrl = workerUrl;
	}

	/** Threads running now. */
	get threads(): number {
		return this.#workers.length;
	}

	/** Renders `markdown` on a thread and writes its body file into `folder`; rejects with a BodyFailure, or the thread's error when it stops. */
	render(markdown: string, folder: string): Promise<ThreadRendered> {
		return this.take(markdown, folder) ?? this.#send(markdown, folder);
	}

	/** Starts rendering a body that `render` or `take` will probably be asked for; one sent ahead and never taken is only work lost. */
	prefetch(markdown: string, folder: string): void {
		const key = aheadKey(markdown, folder);
		if (this.#ahead.has(key)) return;
		const rendering = this.#send(markdown, folder);
		// Its failure is the taker's to report.
		rendering.catch(() => {});
		this.#ahead.set(key, rendering);
	}

	/** The render of a body sent ahead, once; undefined when none was. */
	take(markdown: string, folder: string): Promise<ThreadRendered> | undefined {
		const key = aheadKey(markdown, folder);
		const rendering = this.#ahead.get(key);
		this.#ahead.delete(key);
		return rendering;
	}

	/** Drops the bodies sent ahead and not taken (a new check sends its own). */
	forgetAhead(): void {
		this.#ahead.clear();
	}

	#send(markdown: string, folder: string): Promise<ThreadRendered> {
		if (!this.#workers.length) this.#start();
		const id = this.#next++;
		// In turn: bodies are alike in size, and sent all at once, so each thread gets an even share.
		const worker = this.#workers[id % this.#workers.length]!;
		return new Promise<ThreadRendered>((resolve, reject) => {
			this.#pending.set(id, { resolve, reject, worker });
			worker.postMessage({ id, markdown, folder } satisfies RenderRequest);
		});
	}

	#start(): void {
		for (let i = 0; i < this.#size; i++) {
			const worker = new Worker(this.#workerUrl);
			worker.unref();
			worker.on('message', (reply: RenderReply) => this.#settle(reply));
			worker.once('error', (error: unknown) => this.#lose(worker, error instanceof Error ? error : new Error(String(error))));
			worker.once('exit', (code) => this.#lose(worker, new Error(`A body render thread stopped with exit code ${code}`)));
			this.#workers.push(worker);
		}
	}

	#settle(reply: RenderReply): void {
		const pending = this.#pending.get(reply.id);
		if (!pending) return;
		this.#pending.delete(reply.id);
		if ('failed' in reply) pending.reject(new BodyFailure(reply.failed, reply.error));
		else pending.resolve({ excerpt: reply.excerpt, ...(reply.bodyFile === undefined ? {} : { bodyFile: reply.bodyFile }) });
		if (!this.#pending.size) setImmediate(() => this.#stopIfIdle());
	}

	/** A thread that failed or stopped takes its pending bodies with it; the others go on, and the next body starts new ones if none is left. */
	#lose(worker: Worker, error: Error): void {
		if (!this.#workers.includes(worker)) return;
		this.#workers = this.#workers.filter((other) => other !== worker);
		for (const [id, pending] of this.#pending) {
			if (pending.worker !== worker) continue;
			this.#pending.delete(id);
			pending.reject(error);
		}
		void worker.terminate();
	}

	#stopIfIdle(): void {
		if (this.#pending.size) return;
		const workers = this.#workers;
		this.#workers = [];
		for (const worker of workers) {
			worker.removeAllListeners();
			void worker.terminate();
		}
	}
}
