/**
 * Builds the Pagefind search indexes of a built site (`indexSite`) and fails
 * with the cause when indexing fails or finds nothing to index. `astro build`
 * runs it in its `astro:build:done` hook; `npm run build` (scripts/build.ts)
 * has the hook hand it over instead and runs it once Astro has exited, so that
 * Astro's memory and Pagefind's are never held at once. In `astro dev` it
 * serves the index of the last build, so search works while editing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type CustomRecord } from 'pagefind';
import { TYPE_NAMES } from '../entry-types/index.ts';
import { DEFAULT_LANG } from '../lib/routing/paths.ts';
import { removeOtherFiles, writeChangedFiles } from '../lib/build-cache/changed-files.ts';
import { INDEX_FOLDERS } from '../lib/search/bundles.ts';
import { DATE_ORDER_FILE, dateOrder, type DateOrderFile } from '../lib/search/date-order.ts';
import { LANGUAGES } from '../translations/index.ts';

export interface PagefindOptions {
	/** Minimum number of pages expected in the index; fewer means pages lost their `data-pagefind-body`. */
	minPages?: number;
}

/** What indexing a built site needs: handed from the build hook to scripts/build.ts as JSON. */
export interface IndexJob {
	/** The built site (Astro's output folder). */
	site: string;
	/** Astro's cache folder, where the browse index's stamp is kept. */
	cacheDir: string;
	/** Minimum number of entry pages expected in the index. */
	minPages: number;
	/** The browse index, when the build hook has built it already (from the records as rendered, during the route walk). */
	browse?: BrowseIndexBuilt;
}

/** What building the browse index did: how many records it holds, and whether the last build's was kept. */
export interface BrowseIndexBuilt {
	count: number;
	reused: boolean;
}

/** When set, the build hook writes its IndexJob to this file instead of indexing (scripts/build.ts sets it). */
export const INDEX_JOB_ENV = 'SEARCH_INDEX_JOB';

/** The output folders of the full-text and the browse index; the output clean-up leaves them to this step. */
export { INDEX_FOLDERS };

const MIME: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.wasm': 'application/wasm', '.css': 'text/css' };

/** Where the build leaves the browse records (src/pages/search/browse-records.json.ts), for indexing to read and remove. */
export const BROWSE_RECORDS = 'search/browse-records.json';

/** Pagefind's version, part of the browse index's stamp (the package exports no package.json). */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

/**
 * The browse index: one small custom record per entry (title, metadata,
 * filters, date sort) for listing entries newest first when there is no query.
 * Kept apart so that the date sort, a permutation of every page, is not
 * fetched by text queries, which rank by relevance.
 *
 * Its records change only when an entry's title, date, terms or address do,
 * so a rebuild after a body edit keeps the index the last build wrote into
 * this output folder. The records' hash,
 * with Pagefind's version, is kept in the build cache under the output
 * folder's name, outside what gets deployed.
 */
async function buildBrowseIndex(site: string, cacheDir: string): Promise<BrowseIndexBuilt> {
	const source = readFileSync(browseRecordsFile(site), 'utf8');
	rmSync(join(site, BROWSE_RECORDS));
	return browseIndexFrom(source, site, cacheDir);
}

/** The browse records' file of a built site; throws when the build made none. */
function browseRecordsFile(site: string): string {
	const file = join(site, BROWSE_RECORDS);
	if (!existsSync(file)) throw new Error(`Pagefind: ${BROWSE_RECORDS} is missing from the build (src/pages/search/browse-records.json.ts)`);
	return file;
}

/** Builds the browse index of `site` from the records' text (or keeps the last build's, see buildBrowseIndex). */
async function browseIndexFrom(source: string, site: string, cacheDir: string): Promise<BrowseIndexBuilt> {
	const records = JSON.parse(source) as CustomRecord[];
	const digest = createHash('sha256').update(`pagefind ${PAGEFIND_VERSION}\n${source}`).digest('hex');
	const stamp = join(cacheDir, INDEX_FOLDERS.browse, `${createHash('sha256').update(site).digest('hex').slice(0, 16)}.sha256`);
	if (existsSync(join(site, INDEX_FOLDERS.browse, 'pagefind-entry.json')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) {
		return { count: records.length, reused: true };
	}
	rmSync(stamp, { force: true });
	// One language for the whole bundle, whatever the records say: a record under another
	// language would land in a sub-index that search pages of other languages never load.
	const { index, errors } = await createIndex({ forceLanguage: 'en' });
	if (!index) throw new Error(`Pagefind could not start the browse index: ${errors.join('; ')}`);
	// All at once: awaiting each record in turn made one round trip to the Pagefind process per entry.
	const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
	const failed = added.findIndex((result) => result.errors.length);
	if (failed >= 0) throw new Error(`Pagefind could not add ${records[failed]!.url} to the browse index: ${added[failed]!.errors.join('; ')}`);
	// Emptied first: the build writes over the previous output (src/integrations/stale-output.ts).
	rmSync(join(site, INDEX_FOLDERS.browse), { recursive: true, force: true });
	const written = await index.writeFiles({ outputPath: join(site, INDEX_FOLDERS.browse) });
	if (written.errors.length) throw new Error(`Pagefind could not write the browse index: ${written.errors.join('; ')}`);
	mkdirSync(join(cacheDir, INDEX_FOLDERS.browse), { recursive: true });
	writeFileSync(stamp, digest);
	return { count: records.length, reused: false };
}

/** The entry pages of every type in every interface language (`news/x/index.html`, `fr/news/x/index.html`). */
export function entryPageGlob(typeNames: readonly string[], languages: readonly string[]): string {
	const folders = languages.flatMap((lang) => typeNames.map((type) => (lang === DEFAULT_LANG ? type : `${lang}/${type}`)));
	return `{${folders.join(',')}}/*/index.html`;
}

/**
 * The full-text index's pages newest first (src/lib/search/date-order.ts),
 * read from its fragments: a fragment is named by the page's id and holds its
 * URL and metadata, the date included. Gzip after Pagefind's signature.
 */
export function dateOrderOf(files: readonly { path: string; content: Uint8Array }[]): DateOrderFile {
	const pages = files
		.filter(({ path }) => path.startsWith('fragment/') && path.endsWith('.pf_fragment'))
		.map(({ path, content }) => {
			const bytes = gunzipSync(content).toString('utf8');
			const fragment = JSON.parse(bytes.slice(bytes.indexOf('{'))) as { url: string; meta: Record<string, string | undefined> };
			return { id: path.slice('fragment/'.length, -'.pf_fragment'.length), url: fragment.url, date: fragment.meta['date'] ?? '' };
		});
	return dateOrder(pages);
}

/**
 * The full-text index, one bundle per language (`pagefind/<lang>/`): the
 * entry pages under that language's prefix, each version once, stemmed (or,
 * for Chinese, segmented) by its language's rules (forceLanguage: a stray
 * `lang` attribute cannot split a bundle). A search page searches its own
 * language's bundle and, when the reader includes other languages, the
 * others beside it. Returns the number of pages indexed per language.
 *
 * Its files are taken from Pagefind and written only where they changed
 * (src/lib/build-cache/changed-files.ts), the others removed: most are named by
 * their content, so a one-entry edit writes a few dozen of the 10,000 files
 * instead of all of them, and publishing links only those again.
 */
export async function buildSearchIndex(
	site: string,
	minPages: number,
	cacheDir?: string,
): Promise<{ counts: Record<string, number>; written: number; kept: number }> {
	const root = join(site, INDEX_FOLDERS.main);
	const counts: Record<string, number> = {};
	const inUse = new Set<string>();
	let found = 0;
	let written = 0;
	let kept = 0;
	for (const { code } of LANGUAGES) {
		const { index, errors } = await createIndex({ forceLanguage: code });
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ') || 'unknown error'}`);
		// Only entry pages carry data-pagefind-body: parsing the listings and archives too would only cost time.
		const added = await index.addDirectory({ path: site, glob: entryPageGlob(TYPE_NAMES, [code]) });
		if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
		found += added.page_count;
		if (added.page_count > 0) {
			const made = await index.getFiles();
			if (made.errors.length) throw new Error(`Pagefind could not make its files: ${made.errors.join('; ')}`);
			const entryFile = made.files.find(({ path }) => path === 'pagefind-entry.json');
			if (!entryFile) throw new Error('Pagefind made no pagefind-entry.json');
			const entry = JSON.parse(Buffer.from(entryFile.content).toString('utf8')) as { languages: Record<string, { page_count: number }> };
			counts[code] = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
			const files: [string, string | Uint8Array][] = made.files.map(({ path, content }) => [path, content]);
			files.push([DATE_ORDER_FILE, JSON.stringify(dateOrderOf(made.files))]);
			const done = writeChangedFiles(join(root, code), files, cacheDir && join(cacheDir, `search-index-stamps.${code}.json`));
			for (const file of done.files) inUse.add(file);
			written += done.written;
			kept += done.kept;
		}
		// Pagefind's process keeps an index in memory until told otherwise: one language at a time.
		await index.deleteIndex();
	}
	// Files of pages, languages and index chunks no longer made.
	removeOtherFiles(root, inUse);
	const indexed = Object.values(counts).reduce((sum, count) => sum + count, 0);
	if (indexed < minPages) {
		throw new Error(`Pagefind indexed ${indexed} page(s) of ${found}, expected at least ${minPages}: entry pages must keep their data-pagefind-body article`);
	}
	return { counts, written, kept };
}

/** Builds both search indexes of a built site, reporting progress through `log`; throws with the cause. */
export async function indexSite({ site, cacheDir, minPages, browse }: IndexJob, log: (message: string) => void): Promise<void> {
	log('Indexing entry pages for search…');
	try {
		// One after the other: side by side they were no faster on two cores (both are CPU-bound)
		// and held both indexes in memory at once.
		const { counts: perLanguage, written, kept } = await buildSearchIndex(site, minPages, cacheDir);
		const indexed = Object.values(perLanguage).reduce((sum, count) => sum + count, 0);
		log(
			`Search index: ${indexed} entry pages (${Object.entries(perLanguage)
				.map(([code, count]) => `${code} ${count}`)
				.join(', ')}); ${written} file(s) written, ${kept} unchanged`,
		);
		const browsed = browse ?? (await buildBrowseIndex(site, cacheDir));
		if (browsed.count !== indexed)
			throw new Error(
				`Pagefind: ${browsed.count} browse records for ${indexed} indexed entry pages (src/pages/search/browse-records.json.ts lists the published entries)`,
			);
		log(
			`Browse index: ${browsed.count} entries, newest first${browsed.reused ? ' (unchanged since the last build: kept)' : ''}${browse && !browsed.reused ? ', built while the pages were rendered' : ''}`,
		);
	} finally {
		await close();
	}
}

export interface PagefindIntegration {
	integration: AstroIntegration;
	/**
	 * Starts building the browse index from the records' bytes as soon as they are rendered, while Astro renders the
	 * other routes (src/integrations/staged-rendering.ts, under `npm run build`): the records come among the first routes.
	 */
	takeBrowseRecords: (bytes: Uint8Array) => void;
}

export default function pagefind({ minPages = 1 }: PagefindOptions = {}): PagefindIntegration {
	let outDir = '';
	let cacheDir = '';
	let base = '/';
	let dev = false;
	let browsing: Promise<BrowseIndexBuilt | Error> | undefined;
	const integration: AstroIntegration = {
		name: 'site:pagefind',
		hooks: {
			'astro:config:setup': ({ command }) => {
				dev = command === 'dev';
			},
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				cacheDir = fileURLToPath(config.cacheDir);
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:server:setup': ({ server, logger }) => {
				// Astro also starts a server to sync content during a build: only the dev server needs the hint.
				if (dev && !existsSync(join(outDir, INDEX_FOLDERS.main)))
					logger.warn('No search index yet: run `npm run build` once, then search works in dev on that index.');
				server.middlewares.use((req, res, next) => {
					const path = (req.url ?? '').split('?')[0] ?? '';
					const bundle = Object.values(INDEX_FOLDERS)
						.map((folder) => `${folder}/`)
						.find((name) => path.startsWith(`${base}${name}`));
					if (!bundle) return next();
					const root = join(outDir, bundle);
					const file = normalize(join(root, path.slice(`${base}${bundle}`.length)));
					if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return next();
					res.setHeader('Content-Type', MIME[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream');
					res.end(readFileSync(file));
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const job: IndexJob = { site: fileURLToPath(dir), cacheDir, minPages };
				if (browsing) {
					const built = await browsing;
					browsing = undefined;
					await close();
					if (built instanceof Error) throw new Error(`Pagefind could not build the browse index: ${built.message}`, { cause: built });
					// Taken as rendered; Astro has written the file since.
					rmSync(browseRecordsFile(job.site));
					job.browse = built;
				}
				const handOver = process.env[INDEX_JOB_ENV];
				if (handOver) {
					writeFileSync(handOver, JSON.stringify(job));
					logger.info('Search index: built by scripts/build.ts once astro build has exited');
					return;
				}
				await indexSite(job, (message) => logger.info(message));
			},
		},
	};
	return {
		integration,
		takeBrowseRecords: (bytes) => {
			browsing = browseIndexFrom(Buffer.from(bytes).toString('utf8'), outDir, cacheDir).catch((error: Error) => error);
		},
	};
}
