/**
 * Nothing half-built is ever in the output folder: `npm run build`
 * (scripts/build.ts) killed with SIGKILL while Astro renders pages, and again
 * while Pagefind indexes, leaves the previous build in its output folder byte
 * for byte — its links all resolve and every search file its index names is
 * there, although its pages are hard links to the work folder the stopped
 * builds render into — and the next build, on the cache the stopped ones left, gives
 * exactly the files a clean build gives.
 *
 * The stopped rendering runs with another SITE_URL (every page's canonical
 * URL changes, so every page is rendered again and the kill lands while pages
 * are being written), then the next builds go back to the first SITE_URL:
 * their manifest keys match the pages the stopped build overwrote, so only
 * the repair of the work folder (scripts/lib/build/staging.ts) keeps those
 * pages out of the output.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeCorpus } from '../../scripts/lib/corpus.ts';
import { MANIFEST_FILE, workFolder } from '../../scripts/lib/build/staging.ts';
import { brokenLinks } from '../helpers/link-check.ts';
import { entryHashes, filesOfMeta, metaFile, searchBundles } from '../helpers/pagefind-files.ts';

const work = mkdtempSync(join(tmpdir(), 'stopped-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }), 60_000);
const content = join(work, 'content');
const out = join(work, 'site');
const cache = join(work, 'cache');
const SITE = 'https://www.example.org';
const OTHER_SITE = 'https://elsewhere.example.org';

const env = (site: string, cacheDir = cache) => {
	const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...rest } = process.env;
	return { ...rest, FORCE_COLOR: '0', CONTENT_DIR: content, ASTRO_CACHE_DIR: cacheDir, SITE_URL: site, BASE_PATH: '/', BUILD_DATE: '2026-11-29' };
};

function build(outDir: string, site = SITE, cacheDir = cache): string {
	const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
		env: env(site, cacheDir),
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	expect(result.status, result.stderr).toBe(0);
	return result.stdout;
}

/** Starts a build and kills its whole process tree with SIGKILL once its output matches `when` `times` times; returns the output up to then. */
function buildKilledAt(when: RegExp, site = SITE, times = 1): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['scripts/build.ts', '--outDir', out], { env: env(site), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		let killed = false;
		const onData = (chunk: Buffer) => {
			output += chunk.toString('utf8').replace(/\u001b\[[0-9;]*m/g, '');
			if (!killed && (output.match(new RegExp(when, 'g'))?.length ?? 0) >= times) {
				killed = true;
				process.kill(-child.pid!, 'SIGKILL');
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('error', reject);
		child.on('close', () => (killed ? resolve(output) : reject(new Error(`the build ended before ${when}:\n${output.slice(-2000)}`))));
	});
}

/** Path → sha256 of every file under `dir`. */
function digests(dir: string): Map<string, string> {
	const files = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
	return new Map(
		files
			.map((file) => [file.slice(dir.length + 1), createHash('sha256').update(readFileSync(file)).digest('hex')])
			.sort(([a], [b]) => a!.localeCompare(b!)) as [string, string][],
	);
}

const manifest = () =>
	createHash('sha256')
		.update(readFileSync(join(cache, MANIFEST_FILE)))
		.digest('hex');

/** The search files every bundle names that the site lacks (empty when search works), and the full-text bundles' page count. */
function missingSearchFiles(dir: string): { missing: string[]; pages: number } {
	const missing: string[] = [];
	let pages = 0;
	for (const bundle of searchBundles(dir)) {
		const entry = readFileSync(join(dir, bundle, 'pagefind-entry.json'), 'utf8');
		if (bundle !== 'pagefind-browse')
			pages += Object.values((JSON.parse(entry) as { languages: Record<string, { page_count: number }> }).languages).reduce(
				(sum, language) => sum + language.page_count,
				0,
			);
		for (const hash of entryHashes(entry)) {
			const meta = join(dir, bundle, metaFile(hash));
			if (!existsSync(meta)) {
				missing.push(meta);
				continue;
			}
			for (const file of filesOfMeta(readFileSync(meta))) if (!existsSync(join(dir, bundle, file))) missing.push(join(bundle, file));
		}
	}
	return { missing, pages };
}

/** Entry pages of the corpus: its originals and translations. */
let corpusPages = 0;

async function expectIntact(before: Map<string, string>): Promise<void> {
	expect(digests(out)).toEqual(before);
	const { broken, ok } = await brokenLinks(out);
	expect(broken).toEqual([]);
	expect(ok).toBeGreaterThan(500);
	const search = missingSearchFiles(out);
	expect(search.missing).toEqual([]);
	// Every original and translation has its page in its language's bundle.
	expect(search.pages).toBe(corpusPages);
}

test('a build killed while rendering, then while indexing, leaves the previous site whole; the next build equals a clean one', async () => {
	// Without photos: encoding them is the image tests' business, and would only slow every build here.
	const corpus = writeCorpus(content, 300, 'content/taxonomies', 1, { photos: false });
	corpusPages = corpus.originals.length + corpus.translations.length;
	const first = build(out);
	// The hand-overs taken as rendered (src/integrations/staged-rendering.ts): the data files and the browse index are
	// made while the other routes render; the results below equal a clean build's all the same.
	expect(first).toMatch(/data file\(s\) \(API documents, citation files\): [1-9]\d* written, 0 unchanged, while the pages were rendered/);
	expect(first).toMatch(/\[search\] Browse index: [1-9]\d* entries, newest first, built while the pages were rendered/);
	const before = digests(out);
	const manifestBefore = manifest();
	// The published pages are the work folder's files, hard-linked (src/integrations/staged-rendering.ts has Astro write
	// every page as a new file): the builds below render into that folder, and must never write into them.
	const firstPage = `news/${readdirSync(join(out, 'news')).find((name) => existsSync(join(out, 'news', name, 'index.html')))}/index.html`;
	expect(statSync(join(out, firstPage)).ino).toBe(statSync(join(workFolder(cache, out).path, firstPage)).ino);

	// Two hundred pages in (of some 2,500 in six languages, the data API's documents first): some are written, most are not.
	const rendering = await buildKilledAt(/├─ \/\S+ \(\+/, OTHER_SITE, 200);
	expect(rendering).not.toContain('Indexing entry pages');
	// Killed before Astro wrote its manifest, with pages of the other site already written to the work folder.
	expect(manifest()).toBe(manifestBefore);
	const pages = readdirSync(workFolder(cache, out).path, { recursive: true, encoding: 'utf8' }).filter((file) => /(index\.html|\.json)$/.test(file));
	expect(pages.some((file) => readFileSync(join(workFolder(cache, out).path, file), 'utf8').includes(OTHER_SITE))).toBe(true);
	await expectIntact(before);

	const edited = join(content, readdirSync(join(content, 'news'))[0]!.replace(/^/, 'news/'));
	writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nA sentence added after the first build, with the word quokkazanzibar.\n`);
	const indexing = await buildKilledAt(/\[search\] Indexing entry pages/);
	expect(indexing).toMatch(/\[build\] The last build did not finish \(it failed or was stopped\): removed the [1-9]\d* file\(s\)/);
	await expectIntact(before);

	const log = build(out);
	expect(log).toMatch(/\[publish\] .* replaced in one swap/);
	const clean = join(work, 'clean');
	build(clean, SITE, join(work, 'clean-cache'));
	expect(digests(out)).toEqual(digests(clean));
	expect(readFileSync(join(out, edited.slice(content.length + 1).replace(/\.md$/, '/index.html')), 'utf8')).toContain('quokkazanzibar');
}, 900_000);
