/**
 * Incremental builds (`experimental.incrementalBuild`, keys in src/lib/build-cache/cache-key.ts):
 * after editing content, a build that reuses the previous build's cache gives
 * exactly the files a clean build of the edited content gives, while reusing
 * the pages the edits did not touch instead of rendering them — both over the
 * previous output (pages left in place, files no longer produced removed: see
 * src/integrations/stale-output.ts) and into an empty folder (pages copied
 * from the cache).
 *
 * The edits reach pages through every path a key must cover: an entry's title
 * (its page, its neighbours' newer/older links, listings, related entries,
 * feeds), a topic's label (every page naming that topic) and a deleted entry.
 * A body edit changes no browse record, so the browse search index the last
 * build wrote is kept (src/integrations/pagefind.ts), no data file, and only a
 * few files of the full-text index; the output still equals a clean build's.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const content = join(work, 'content');
const EDITED = 'news/india-significance-of-the-united-nations-convention-against-transnational.md';
/** The edited entry's document in the data API. */
const EDITED_DOCUMENT = `api/v1/entries/${EDITED.replace(/\.md$/, '.json')}`;
const DELETED = 'news/unodc-and-unhcr-sign-memorandum-of-understanding-to-combat-human-trafficking.md';

/** Builds `content` into the named folder with the named cache; returns the folder and how many pages were reused, not rendered. */
async function build(name: string, cache: string): Promise<{ out: string; reused: number; rendered: number; log: string }> {
	const out = join(work, name);
	const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
	const { stdout } = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
		env: {
			...env,
			FORCE_COLOR: '0',
			CONTENT_DIR: content,
			ASTRO_CACHE_DIR: join(work, cache),
			SITE_URL: 'https://www.example.org',
			BASE_PATH: '/',
			BUILD_DATE: '2026-11-29',
		},
		maxBuffer: 64 * 1024 * 1024,
	});
	const pageLines = stdout
		.replace(/\u001b\[[0-9;]*m/g, '')
		.split('\n')
		.filter((line) => /[├└]─ \/\S+/.test(line));
	const reused = pageLines.filter((line) => /\((restored|cached)\)/.test(line)).length;
	return { out, reused, rendered: pageLines.length - reused, log: stdout };
}

/** The files of `dir` whose bytes differ from the same file in `reference` (both have the same listing). */
const differing = (dir: string, reference: string) =>
	listing(reference).filter((file) => !readFileSync(join(dir, file)).equals(readFileSync(join(reference, file))));

/** A file's inode and modification time: the same when the build left the file alone. */
const stamp = (dir: string, file: string) => [statSync(join(dir, file)).ino, statSync(join(dir, file)).mtimeMs];

/** The files of `dir` (or its folders), relative, sorted. */
const listing = (dir: string, kind: 'files' | 'folders' = 'files') =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => (kind === 'files' ? entry.isFile() : entry.isDirectory()))
		.map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
		.sort();

test('a rebuild after edits reuses untouched pages and equals a clean build of the edited content', async () => {
	cpSync('content', content, { recursive: true });
	const first = await build('site', 'cache');
	expect(first.reused).toBe(0);
	cpSync(join(work, 'cache'), join(work, 'cache-copy'), { recursive: true });
	const documentBefore = stamp(first.out, EDITED_DOCUMENT);

	const edited = join(content, EDITED);
	writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: "India ratifies the Organized Crime Convention (edited title)"'));
	const topics = join(content, 'taxonomies/topics.yaml');
	writeFileSync(topics, readFileSync(topics, 'utf8').replace('en: Smuggling by sea', 'en: Smuggling of migrants by sea'));
	rmSync(join(content, DELETED));

	const inPlace = await build('site', 'cache');
	const fresh = await build('fresh', 'cache-copy');
	const clean = await build('clean', 'clean-cache');
	const files = listing(clean.out);
	for (const again of [inPlace, fresh]) {
		expect(again.reused).toBeGreaterThan(0);
		expect(again.rendered).toBeGreaterThan(0);
		expect(listing(again.out)).toEqual(files);
		// No folder left empty by the deleted entry.
		expect(listing(again.out, 'folders')).toEqual(listing(clean.out, 'folders'));
		expect(differing(again.out, clean.out)).toEqual([]);
		expect(again.log).not.toContain('unchanged since the last build');
	}
	const again = inPlace;
	// The comparison above is only meaningful if the edits show.
	expect(readFileSync(join(again.out, 'news/index.html'), 'utf8')).toContain('(edited title)');
	// The edited entry's API document is a new file, renamed into place: the old inode, which a published output may
	// share (scripts/lib/build/publish.ts), is never written into.
	expect(readFileSync(join(again.out, EDITED_DOCUMENT), 'utf8')).toContain('(edited title)');
	expect(stamp(again.out, EDITED_DOCUMENT)[0]).not.toBe(documentBefore[0]);
	expect(readFileSync(join(again.out, 'topics/smuggling-by-sea/index.html'), 'utf8')).toContain('Smuggling of migrants by sea');
	expect(files.some((file) => file.includes('unodc-and-unhcr-sign-memorandum'))).toBe(false);
}, 300_000);

test('after a body edit the browse index is kept, and the output still equals a clean build', async () => {
	const edited = join(content, EDITED);
	const site = join(work, 'site');
	const citation = `publications/${readdirSync(join(site, 'publications')).find((name) => existsSync(join(site, 'publications', name, 'cite.bib')))}/cite.bib`;
	const dataFiles = [`api/v1/entries/events/${readdirSync(join(site, 'api/v1/entries/events'))[0]}`, citation, EDITED_DOCUMENT];
	const before = dataFiles.map((file) => stamp(site, file));
	writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nA sentence added to the body, with the word zanzibarquokka.\n`);
	const inPlace = await build('site', 'cache');
	expect(inPlace.log).toContain('(unchanged since the last build: kept)');
	// A body edit changes no data file (the API's documents hold the summary or excerpt, not the body): all are left as
	// they were, same inode, same time.
	expect(inPlace.log).toMatch(/data file\(s\) \(API documents, citation files\): 0 written, [1-9]\d* unchanged/);
	expect(dataFiles.map((file) => stamp(site, file))).toEqual(before);
	// The full-text index is made again, but only the files the edit changed (its page's fragment, the word chunks, the
	// entry file) are written: the others keep their inode, and publishing links only the few new ones.
	const [, written, unchanged] = /Search index: .*; (\d+) file\(s\) written, (\d+) unchanged/.exec(inPlace.log) ?? [];
	expect(Number(written)).toBeGreaterThan(0);
	expect(Number(written)).toBeLessThan(10);
	expect(Number(unchanged)).toBeGreaterThan(100);
	rmSync(join(work, 'clean'), { recursive: true });
	const clean = await build('clean', 'clean-cache-2');
	expect(clean.log).not.toContain('unchanged since the last build');
	expect(listing(inPlace.out)).toEqual(listing(clean.out));
	expect(differing(inPlace.out, clean.out)).toEqual([]);
	// Only meaningful if the edit shows; the main index, rebuilt, is among the identical files.
	expect(readFileSync(join(inPlace.out, EDITED.replace(/\.md$/, '/index.html')), 'utf8')).toContain('zanzibarquokka');
}, 300_000);
