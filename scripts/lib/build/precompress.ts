/**
 * Compressed twins of the files nginx serves most and largest (pages,
 * stylesheets, scripts, feeds, sitemaps, Pagefind's entry files), written at
 * build time so that nginx sends them as they are (`gzip_static`,
 * `brotli_static`) instead of compressing every response again.
 *
 * The twins are kept in a folder of their own, mirroring the site's
 * (`<file>.gz`, `<file>.br`), and merged into the output when it is published
 * (scripts/lib/build/publish.ts): the folder Astro builds into then holds
 * only what Astro and Pagefind wrote, as its clean-up of stale files expects.
 * A twin carries its source's modification time, so an unchanged page (the
 * incremental build leaves it as it was) keeps its twins without compressing
 * it again; twins whose source is gone are removed.
 *
 * Levels, threshold and timings are measured in docs/deploy.md.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, extname, join, relative, sep } from 'node:path';
import { threadId, Worker } from 'node:worker_threads';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Extensions worth compressing: text. Images, WebAssembly bundles and Pagefind's `.pf_*` chunks are compressed already. */
export const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.rss', '.atom', '.ics', '.svg', '.txt', '.webmanifest', '.ndjson']);

/** Below this many bytes a twin saves less than a network packet; nginx may still compress on the fly. */
export const MIN_BYTES = 1024;

/** The twins' encodings, with their file suffixes. */
export const ENCODINGS = [
	{ suffix: '.gz', name: 'gzip' },
	{ suffix: '.br', name: 'brotli' },
] as const;

/** gzip 6 (9 is no smaller on these pages) and brotli 5 (4 is barely smaller than gzip, 6 no smaller than 5, 9 thirty times slower): docs/deploy.md ("Precompression") has the measurements. */
export const LEVELS = { gzip: 6, brotli: 5 } as const;

/**
 * The data API's per-entry documents and list pages (api/v1/entries/…json,
 * api/v1/lists/): thousands of small files that machines fetch rarely, left to
 * the server's on-the-fly compression; twins of them cost the build more than
 * they save (docs/publications.md). The index, the schemas and the dump keep theirs.
 */
const ON_THE_FLY = /^api[/\\]v1[/\\](?:lists[/\\]|entries[/\\].+\.json$)/;

/** True when a file of this path (relative to the site) and size gets compressed twins. */
export function worthCompressing(file: string, size: number): boolean {
	return size >= MIN_BYTES && COMPRESSIBLE.has(extname(file).toLowerCase()) && !ON_THE_FLY.test(file);
}

/** True when a twin made from a source of this modification time is current (twins carry their source's time). */
export function twinIsCurrent(sourceMtimeMs: number, twinMtimeMs: number | undefined): boolean {
	// Within a millisecond: a time set through utimes goes through a double of seconds and may come back a nanosecond short.
	return twinMtimeMs !== undefined && Math.abs(sourceMtimeMs - twinMtimeMs) < 1;
}

/** The source a twin stands for (relative path), or undefined when `file` is no twin. */
export function sourceOfTwin(file: string): string | undefined {
	const encoding = ENCODINGS.find(({ suffix }) => file.endsWith(suffix));
	return encoding ? file.slice(0, -encoding.suffix.length) : undefined;
}

/** The compressed bytes of `data` in `encoding`, at the levels above. */
export function compress(data: Buffer, encoding: (typeof ENCODINGS)[number]['name']): Buffer {
	if (encoding === 'gzip') return gzipSync(data, { level: LEVELS.gzip });
	return brotliCompressSync(data, {
		params: {
			[constants.BROTLI_PARAM_QUALITY]: LEVELS.brotli,
			[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
			[constants.BROTLI_PARAM_SIZE_HINT]: data.length,
		},
	});
}

/** One source to compress: its path relative to the site, and its modification time, which its twins carry. */
export interface CompressJob {
	file: string;
	mtimeMs: number;
}

/** A batch of sources to compress, for one thread. */
export interface CompressBatch {
	site: string;
	twins: string;
	jobs: readonly CompressJob[];
}

/** What a batch did. */
export type BatchCounts = Pick<PrecompressCounts, 'compressed' | 'bytes'>;

/**
 * Writes both twins of one source (`file`, relative to the site, with its
 * bytes `data`) under `twins`, each written aside and renamed into place,
 * with the source's modification time; adds to `counts`. `folders` remembers
 * the folders made, so each is made once.
 */
export function writeTwins(twins: string, file: string, data: Uint8Array, mtimeMs: number, counts: BatchCounts, folders: Set<string>): void {
	counts.bytes.source += data.length;
	// In seconds, not a Date: a Date drops the fraction of a millisecond.
	const mtime = mtimeMs / 1000;
	const buffer = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
	for (const { suffix, name } of ENCODINGS) {
		const packed = compress(buffer, name);
		counts.bytes[name] += packed.length;
		const target = join(twins, file + suffix);
		const folder = dirname(target);
		if (!folders.has(folder)) {
			mkdirSync(folder, { recursive: true });
			folders.add(folder);
		}
		const temporary = `${target}.${process.pid}.${threadId}.tmp`;
		writeFileSync(temporary, packed);
		utimesSync(temporary, mtime, mtime);
		renameSync(temporary, target);
	}
	counts.compressed++;
}

/**
 * Writes both twins of every source of the batch (`writeTwins`).
 * Synchronous: the thread does nothing else, and zlib's one-shot calls cost a
 * third of what its streams (the callback functions) cost per small file
 * (docs/performance.md).
 */
export function compressFiles({ site, twins, jobs }: CompressBatch): BatchCounts {
	const counts: BatchCounts = { compressed: 0, bytes: { source: 0, gzip: 0, brotli: 0 } };
	const folders = new Set<string>();
	for (const { file, mtimeMs } of jobs) writeTwins(twins, file, readFileSync(join(site, file)), mtimeMs, counts, folders);
	return counts;
}

/** Below this many sources per thread, starting a worker costs more than it saves. */
const JOBS_PER_WORKER = 64;

/** Runs `compressFiles` on a worker thread (scripts/lib/build/compress-worker.ts). */
function inWorker(batch: CompressBatch): Promise<BatchCounts> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./compress-worker.ts', import.meta.url), { workerData: batch });
		worker.once('message', resolve);
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (code !== 0) reject(new Error(`The compression thread stopped with exit code ${code}`));
		});
	});
}

/** Files under `dir`, relative, with `/` separators. */
function listFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

export interface PrecompressCounts {
	/** Sources compressed this time. */
	compressed: number;
	/** Sources whose twins were current. */
	kept: number;
	/** Twins removed because their source is gone or no longer qualifies. */
	removed: number;
	/** Bytes of the sources compressed, and of their twins. */
	bytes: { source: number; gzip: number; brotli: number };
}

/** How a pass of precompress runs. */
export interface PrecompressOptions {
	/** Threads compressing at once (default: one per core). */
	parallel?: number;
	/** Only the sources (and twins) of the site's files for which this is true: the rest are left as they are. */
	part?: (file: string) => boolean;
}

/** The sum of two passes' counts. */
export function addCounts(a: PrecompressCounts, b: PrecompressCounts): PrecompressCounts {
	return {
		compressed: a.compressed + b.compressed,
		kept: a.kept + b.kept,
		removed: a.removed + b.removed,
		bytes: { source: a.bytes.source + b.bytes.source, gzip: a.bytes.gzip + b.bytes.gzip, brotli: a.bytes.brotli + b.bytes.brotli },
	};
}

/**
 * Brings the twins in `twins` up to date with the site in `site`: compresses
 * what qualifies and changed, removes twins without a source, and returns
 * the counts. Each twin is written aside and renamed into place, so it is
 * whole or absent, and never written over in place (publish links them).
 * With `part`, only that part of the site: scripts/build.ts compresses the
 * pages while Pagefind indexes them, then the index.
 */
export async function precompress(
	site: string,
	twins: string,
	{ parallel = availableParallelism(), part = () => true }: PrecompressOptions = {},
): Promise<PrecompressCounts> {
	const counts: PrecompressCounts = { compressed: 0, kept: 0, removed: 0, bytes: { source: 0, gzip: 0, brotli: 0 } };
	const wanted = new Set<string>();
	const jobs: CompressJob[] = [];
	for (const file of listFiles(site)) {
		if (!part(file)) continue;
		const stat = statSync(join(site, file));
		if (!worthCompressing(file, stat.size)) continue;
		let current = true;
		for (const { suffix } of ENCODINGS) {
			wanted.add(file + suffix);
			const twin = join(twins, file + suffix);
			current &&= twinIsCurrent(stat.mtimeMs, existsSync(twin) ? statSync(twin).mtimeMs : undefined);
		}
		if (current) counts.kept++;
		else jobs.push({ file, mtimeMs: stat.mtimeMs });
	}
	const emptied = new Set<string>();
	for (const file of listFiles(twins)) {
		if (wanted.has(file) || !part(sourceOfTwin(file) ?? file)) continue;
		rmSync(join(twins, file));
		emptied.add(dirname(join(twins, file)));
		counts.removed++;
	}
	for (const folder of [...emptied].sort((a, b) => b.length - a.length)) {
		for (let dir = folder; dir.startsWith(twins) && dir !== twins && existsSync(dir) && readdirSync(dir).length === 0; dir = dirname(dir)) rmdirSync(dir);
	}
	const threads = Math.max(1, Math.min(parallel, Math.ceil(jobs.length / JOBS_PER_WORKER)));
	const batches = Array.from({ length: threads }, (_, i) => jobs.filter((_, j) => j % threads === i));
	// A small pass is done here; a large one on threads, so that this thread stays free (scripts/build.ts awaits Pagefind meanwhile).
	const results =
		jobs.length < JOBS_PER_WORKER ? [compressFiles({ site, twins, jobs })] : await Promise.all(batches.map((batch) => inWorker({ site, twins, jobs: batch })));
	for (const result of results) {
		counts.compressed += result.compressed;
		counts.bytes.source += result.bytes.source;
		counts.bytes.gzip += result.bytes.gzip;
		counts.bytes.brotli += result.bytes.brotli;
	}
	return counts;
}
