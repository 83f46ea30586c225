import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { MIN_BYTES, addCounts, precompress, sourceOfTwin, twinIsCurrent, worthCompressing } from '../../../scripts/lib/build/precompress.ts';

test.each([
	['news/a/index.html', MIN_BYTES, true],
	['news/a/index.html', MIN_BYTES - 1, false],
	['_astro/BaseLayout.x.css', 5000, true],
	['feeds/all.rss', 5000, true],
	['feeds/events.ics', 5000, true],
	['pagefind/pagefind.js', 5000, true],
	['pagefind/fragment/en_1.pf_fragment', 5000, false],
	['pagefind/wasm.en.pagefind', 50_000, false],
	['og-default.png', 50_000, false],
	['api/v1/index.json', 5000, true],
	['api/v1/entries.ndjson', 50_000, true],
	['api/v1/schemas/entry-news.json', 5000, true],
	['api/v1/entries/news/a.json', 5000, false],
	['api/v1/lists/all/1.json', 50_000, false],
	['publications/a/cite.json', 5000, true],
])('worthCompressing(%s, %i) is %s', (file, size, expected) => {
	expect(worthCompressing(file, size)).toBe(expected);
});

test('twins are current only with their source’s time', () => {
	expect(twinIsCurrent(1000.7, 1000.1)).toBe(true);
	expect(twinIsCurrent(1000.0, 999.999999)).toBe(true);
	expect(twinIsCurrent(1001, 1000)).toBe(false);
	expect(twinIsCurrent(1000, undefined)).toBe(false);
	expect(sourceOfTwin('a/index.html.br')).toBe('a/index.html');
	expect(sourceOfTwin('a/index.html')).toBeUndefined();
});

test('precompress writes both twins, keeps current ones, redoes changed ones and removes orphans', async () => {
	const root = mkdtempSync(join(tmpdir(), 'precompress-'));
	const site = join(root, 'site');
	const twins = join(root, 'twins');
	const page = `<!doctype html>${'<p>Smuggling of migrants</p>'.repeat(100)}`;
	mkdirSync(join(site, 'news/a'), { recursive: true });
	writeFileSync(join(site, 'news/a/index.html'), page);
	writeFileSync(join(site, 'index.html'), page);
	writeFileSync(join(site, 'small.css'), 'a{}');
	const first = await precompress(site, twins, { parallel: 2 });
	expect(first).toMatchObject({ compressed: 2, kept: 0, removed: 0 });
	expect(gunzipSync(readFileSync(join(twins, 'news/a/index.html.gz'))).toString()).toBe(page);
	expect(brotliDecompressSync(readFileSync(join(twins, 'news/a/index.html.br'))).toString()).toBe(page);
	expect(statSync(join(twins, 'index.html.br')).mtimeMs).toBeCloseTo(statSync(join(site, 'index.html')).mtimeMs, 0);
	expect(existsSync(join(twins, 'small.css.gz'))).toBe(false);

	writeFileSync(join(site, 'index.html'), `${page}<p>edited</p>`);
	rmSync(join(site, 'news'), { recursive: true });
	const second = await precompress(site, twins, { parallel: 2 });
	expect(second).toMatchObject({ compressed: 1, kept: 0, removed: 2 });
	expect(gunzipSync(readFileSync(join(twins, 'index.html.gz'))).toString()).toContain('edited');
	// The folders the orphans leave empty go too.
	expect(existsSync(join(twins, 'news'))).toBe(false);
	expect(await precompress(site, twins, { parallel: 2 })).toMatchObject({ compressed: 0, kept: 1, removed: 0 });
});

test('a pass over part of the site leaves the rest, twins included; the two passes add up to one whole', async () => {
	const root = mkdtempSync(join(tmpdir(), 'precompress-part-'));
	const site = join(root, 'site');
	const twins = join(root, 'twins');
	const page = `<!doctype html>${'<p>Smuggling of migrants</p>'.repeat(100)}`;
	mkdirSync(join(site, 'news/a'), { recursive: true });
	mkdirSync(join(site, 'pagefind/en'), { recursive: true });
	writeFileSync(join(site, 'news/a/index.html'), page);
	writeFileSync(join(site, 'pagefind/en/pagefind-entry.json'), JSON.stringify({ page }));
	const inIndex = (file: string) => file.startsWith('pagefind/');
	const pages = await precompress(site, twins, { part: (file) => !inIndex(file) });
	expect(pages).toMatchObject({ compressed: 1, kept: 0, removed: 0 });
	expect(existsSync(join(twins, 'pagefind/en/pagefind-entry.json.gz'))).toBe(false);
	const index = await precompress(site, twins, { part: inIndex });
	expect(index).toMatchObject({ compressed: 1, kept: 0, removed: 0 });
	expect(addCounts(pages, index)).toMatchObject({ compressed: 2, kept: 0, removed: 0 });
	// A pass over the pages never removes the index's twins as orphans, nor the other way round.
	rmSync(join(site, 'news'), { recursive: true });
	expect(await precompress(site, twins, { part: inIndex })).toMatchObject({ compressed: 0, kept: 1, removed: 0 });
	expect(existsSync(join(twins, 'news/a/index.html.gz'))).toBe(true);
	expect(await precompress(site, twins, { part: (file) => !inIndex(file) })).toMatchObject({ compressed: 0, kept: 0, removed: 2 });
	expect(existsSync(join(twins, 'pagefind/en/pagefind-entry.json.br'))).toBe(true);
	rmSync(root, { recursive: true, force: true });
});

test('a site of more than a few dozen files is compressed by threads, each file once, every twin whole', async () => {
	const root = mkdtempSync(join(tmpdir(), 'precompress-threads-'));
	const site = join(root, 'site');
	const twins = join(root, 'twins');
	const pageOf = (i: number) => `<!doctype html><h1>Entry ${i}</h1>${'<p>Smuggling of migrants</p>'.repeat(60)}`;
	const count = 300;
	for (let i = 0; i < count; i++) {
		mkdirSync(join(site, `news/e${i}`), { recursive: true });
		writeFileSync(join(site, `news/e${i}/index.html`), pageOf(i));
	}
	const counts = await precompress(site, twins, { parallel: 3 });
	expect(counts).toMatchObject({ compressed: count, kept: 0, removed: 0 });
	expect(counts.bytes.source).toBe(Array.from({ length: count }, (_, i) => Buffer.byteLength(pageOf(i))).reduce((a, b) => a + b, 0));
	for (let i = 0; i < count; i++) {
		expect(gunzipSync(readFileSync(join(twins, `news/e${i}/index.html.gz`))).toString()).toBe(pageOf(i));
		expect(brotliDecompressSync(readFileSync(join(twins, `news/e${i}/index.html.br`))).toString()).toBe(pageOf(i));
	}
	expect(readdirSync(join(twins, 'news/e7'))).toEqual(['index.html.br', 'index.html.gz']);
	expect(await precompress(site, twins, { parallel: 3 })).toMatchObject({ compressed: 0, kept: count, removed: 0 });
	rmSync(root, { recursive: true, force: true });
});
