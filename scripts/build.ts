/**
 * npm run build [-- astro build options, e.g. --outDir DIR]
 *
 * Builds the site so that the output folder (`dist/`, or `--outDir`) always
 * holds one complete build: Astro builds into a work folder in the build
 * cache (scripts/lib/build/staging.ts), the search index and the compressed
 * twins are made there and beside it, and only once all of that has
 * succeeded does the output folder change, in one swap of folders
 * (scripts/lib/build/publish.ts). A build that fails or is stopped at any
 * point leaves the previous output as it was, and the next build repairs what
 * the stopped one left in the cache.
 *
 * The search index is built once Astro has exited. Astro still holds ~0.8 GB
 * (content store, module graph) when its build hook runs, and Pagefind needs
 * ~1 GB more while it writes a 10,000-entry index: one after the other, the
 * peak is the larger of the two instead of their sum (docs/performance.md).
 * The search integration's build hook hands the job over in a file
 * (src/integrations/pagefind.ts); plain `astro build` indexes in the hook
 * itself, with the higher peak, and writes over its output folder in place.
 *
 * Exits with Astro's exit code when the build fails, and 1 with the cause when
 * a later step fails; the output folder is then unchanged.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { BROWSE_RECORDS, INDEX_FOLDERS, INDEX_JOB_ENV, indexSite, type IndexJob } from '../src/integrations/pagefind.ts';
import { COMPRESS_TWINS_ENV, ROUTE_FILES_ENV } from '../src/integrations/staged-rendering.ts';
import { isDataFile } from '../src/lib/build-cache/data-files.ts';
import { addCounts, precompress } from './lib/build/precompress.ts';
import { publish, recoverPublish } from './lib/build/publish.ts';
import { markBuilt, prepareWorkFolder } from './lib/build/staging.ts';
import { fail } from './lib/cli.ts';

const ASTRO = resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
const quiet = process.argv.includes('--silent');
const log = (message: string) => {
	if (!quiet) console.log(message);
};
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** The output folder named by `--outDir DIR` or `--outDir=DIR` (Astro's default: dist), and the other arguments for astro build. */
function splitOutDir(args: readonly string[]): { outDir: string; rest: string[] } {
	const rest: string[] = [];
	let outDir = 'dist';
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg === '--outDir' && args[i + 1] !== undefined) outDir = args[++i]!;
		else if (arg.startsWith('--outDir=')) outDir = arg.slice('--outDir='.length);
		else rest.push(arg);
	}
	return { outDir: resolve(outDir), rest };
}

/** Astro's cache folder as astro.config.mjs sets it: ASTRO_CACHE_DIR, else Astro's default. */
const cacheDir = resolve(process.env['ASTRO_CACHE_DIR'] || 'node_modules/.astro');

/** Runs every step; returns the exit code and, on failure, the cause. */
async function build(jobFile: string): Promise<{ code: number; cause?: string }> {
	const { outDir, rest } = splitOutDir(process.argv.slice(2));
	const shown = relative(process.cwd(), outDir) || '.';
	const unchanged = `${shown}/ is unchanged${existsSync(outDir) ? ' (the previous build)' : ''}`;
	const repaired = recoverPublish(outDir);
	if (repaired) console.log(`[build] ${repaired}`);
	let work: string;
	try {
		const prepared = prepareWorkFolder(cacheDir, outDir);
		work = prepared.work;
		// A repair is worth saying even under --silent; emptying the folder only costs time.
		for (const line of prepared.done) (line.startsWith('Emptied') ? log : console.log)(`[build] ${line}`);
	} catch (error) {
		return { code: 1, cause: (error as Error).message };
	}
	log(`[build] Building into ${relative(process.cwd(), work)}; ${shown}/ changes only once the build has succeeded`);

	const twins = `${work}.compressed`;
	const routeList = join(dirname(jobFile), 'route-files.json');
	const astro = spawnSync(process.execPath, [ASTRO, 'build', ...rest, '--outDir', work], {
		stdio: 'inherit',
		// Pages are written as new files, and compressed as Astro renders them on the core its renderer leaves idle
		// (src/integrations/staged-rendering.ts).
		env: { ...process.env, [INDEX_JOB_ENV]: jobFile, [COMPRESS_TWINS_ENV]: twins, [ROUTE_FILES_ENV]: routeList },
	});
	if (astro.error) return { code: 1, cause: `Could not run astro build: ${astro.error.message}` };
	// Astro has printed its own errors; a signal (SIGKILL: often the system running out of memory) it could not.
	if (astro.signal)
		return { code: 1, cause: `astro build was stopped by ${astro.signal}${astro.signal === 'SIGKILL' ? ' (out of memory?)' : ''}; ${unchanged}` };
	if (astro.status !== 0) return { code: astro.status ?? 1, cause: `astro build failed (exit code ${astro.status}); ${unchanged}` };
	markBuilt(cacheDir, outDir);
	if (!existsSync(jobFile))
		return { code: 1, cause: 'astro build finished without handing over the search index: is the pagefind() integration still in astro.config.mjs?' };
	const job = JSON.parse(readFileSync(jobFile, 'utf8')) as IndexJob;
	// Without the list (staged-rendering() left out of astro.config.mjs), pages are copied into the output, as is anything written over in place.
	const routeFiles = new Set<string>(existsSync(routeList) ? (JSON.parse(readFileSync(routeList, 'utf8')) as string[]) : []);
	if (resolve(job.site) !== work || resolve(job.cacheDir) !== cacheDir) {
		return {
			code: 1,
			cause: `astro build used ${job.site} and the cache ${job.cacheDir}, not ${work} and ${cacheDir}: scripts/build.ts must know where astro.config.mjs puts the build cache (ASTRO_CACHE_DIR)`,
		};
	}

	let started = performance.now();
	const indexFolders = Object.values(INDEX_FOLDERS).map((folder) => `${folder}/`);
	const inIndex = (file: string) => indexFolders.some((folder) => file.startsWith(folder));
	// What indexing reads, writes or removes is left to the pass after it: the browse records are its input, removed once read.
	const besideIndexing = (file: string) => !inIndex(file) && file !== BROWSE_RECORDS;
	// Pages are compressed while Pagefind indexes them: its indexer is a process of its own, and Node would
	// otherwise wait on it with a core to spare. The index's own files follow once it is written.
	log('[compress] Compressing pages, stylesheets, scripts and feeds (gzip, brotli) while the search index is built…');
	const pages = precompress(work, twins, { part: besideIndexing }).then(
		(counts) => {
			log(`[compress] Pages compressed in ${seconds(started)}`);
			return counts;
		},
		(error: Error) => error,
	);
	try {
		await indexSite(job, (message) => log(`[search] ${message}`));
	} catch (error) {
		await pages;
		return { code: 1, cause: `Search indexing failed, so ${unchanged}. ${(error as Error).message}` };
	}
	log(`[search] Search indexes written in ${seconds(started)}`);
	const compressedPages = await pages;
	if (compressedPages instanceof Error) return { code: 1, cause: `Compressing the pages failed, so ${unchanged}. ${compressedPages.message}` };
	const packed = addCounts(compressedPages, await precompress(work, twins, { part: (file) => !besideIndexing(file) }));
	const { source, gzip, brotli } = packed.bytes;
	const ratio = (bytes: number) => (source ? `${((100 * bytes) / source).toFixed(0)} %` : '-');
	log(
		`[compress] ${packed.compressed} file(s) compressed (gzip ${ratio(gzip)}, brotli ${ratio(brotli)} of ${(source / 1048576).toFixed(1)} MB), ${packed.kept} unchanged, ${packed.removed} old twin(s) removed; indexing and compression done in ${seconds(started)}`,
	);

	started = performance.now();
	log(`[publish] Publishing to ${shown}/…`);
	// A changed file of the search indexes or a changed data file is renamed over the old one (src/lib/build-cache/changed-files.ts),
	// and a route's file is written anew (src/integrations/staged-rendering.ts): never written over in place.
	const published = await publish(
		[
			{ dir: work, replacedWhole: (file) => inIndex(file) || isDataFile(file) || routeFiles.has(file) },
			{ dir: twins, replacedWhole: () => true },
		],
		outDir,
	);
	log(
		`[publish] ${shown}/ replaced in one swap: ${published.copied} file(s) copied, ${published.linked} linked, ${published.kept} kept from the build before, ${published.removed} removed, in ${seconds(started)}`,
	);
	return { code: 0 };
}

const scratch = mkdtempSync(join(tmpdir(), 'site-build-'));
const result = await build(join(scratch, 'index-job.json')).finally(() => rmSync(scratch, { recursive: true, force: true }));
if (result.code !== 0) fail(result.cause ?? `astro build failed (exit code ${result.code})`, result.code);
