import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, expect, test } from 'vitest';
import { MIN_BYTES, precompress, twinIsCurrent } from '../../../scripts/lib/build/precompress.ts';
import { renderedFile, startRenderCompressor } from '../../../scripts/lib/build/render-compressor.ts';

test.each([
	['news/a/', 'page', 'news/a/index.html'],
	['', 'page', 'index.html'],
	['fr/', 'page', 'fr/index.html'],
	['news/page/2/', 'page', 'news/page/2/index.html'],
	['404/', 'page', '404.html'],
	['404', 'page', '404.html'],
	['500/', 'page', '500.html'],
	['fr/404/', 'page', 'fr/404/index.html'],
	['feeds/news.rss/', 'endpoint', 'feeds/news.rss'],
	['feeds/topics/legislation.atom', 'endpoint', 'feeds/topics/legislation.atom'],
	['/sitemap.xml/', 'endpoint', 'sitemap.xml'],
	['fr/actualit%C3%A9s/', 'page', 'fr/actualités/index.html'],
])('renderedFile(%j, %s) is %s', (pathname, type, file) => {
	expect(renderedFile(pathname, type)).toBe(file);
});

const roots: string[] = [];
afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function folders() {
	const root = mkdtempSync(join(tmpdir(), 'render-compressor-'));
	roots.push(root);
	const site = join(root, 'site');
	const twins = join(root, 'twins');
	mkdirSync(join(site, 'news/a'), { recursive: true });
	mkdirSync(join(site, 'news/b'), { recursive: true });
	return { site, twins };
}

const page = (text: string) => Buffer.from(`<!doctype html><p>${text.repeat(2000)}</p>`);

test('makes the twins of a page once its file holds the rendered bytes, with the file’s time', async () => {
	const { site, twins } = folders();
	const compressor = startRenderCompressor(site, twins);
	const bytes = page('a');
	// Handed over before it is written, as Astro does: the thread waits for the file.
	compressor.add('news/a/index.html', bytes);
	await sleep(50);
	writeFileSync(join(site, 'news/a/index.html'), bytes);
	for (let i = 0; i < 100 && !existsSync(join(twins, 'news/a/index.html.br')); i++) await sleep(20);
	const counts = await compressor.stop();
	expect(counts).toMatchObject({ compressed: 1, left: 0, bytes: { source: bytes.length } });
	expect(gunzipSync(readFileSync(join(twins, 'news/a/index.html.gz')))).toEqual(bytes);
	expect(brotliDecompressSync(readFileSync(join(twins, 'news/a/index.html.br')))).toEqual(bytes);
	const source = statSync(join(site, 'news/a/index.html')).mtimeMs;
	expect(twinIsCurrent(source, statSync(join(twins, 'news/a/index.html.gz')).mtimeMs)).toBe(true);
	// The pass after Astro keeps them.
	expect(await precompress(site, twins)).toMatchObject({ compressed: 0, kept: 1 });
});

test('makes no twin from a file that differs from what was rendered, nor of small files; leaves them to precompress', async () => {
	const { site, twins } = folders();
	const compressor = startRenderCompressor(site, twins);
	const rendered = page('b');
	// Same length, other bytes: written by someone else, or not yet over an older build's page.
	const other = Buffer.from(rendered);
	other[other.length - 10] = 'c'.charCodeAt(0);
	writeFileSync(join(site, 'news/b/index.html'), other);
	compressor.add('news/b/index.html', rendered);
	compressor.add('news/a/index.html', Buffer.alloc(MIN_BYTES - 1, 'a'));
	await sleep(200);
	const counts = await compressor.stop();
	expect(counts).toMatchObject({ compressed: 0, left: 1 });
	expect(existsSync(join(twins, 'news/b/index.html.gz'))).toBe(false);
	expect(await precompress(site, twins)).toMatchObject({ compressed: 1, kept: 0 });
	expect(gunzipSync(readFileSync(join(twins, 'news/b/index.html.gz')))).toEqual(other);
});

test('stopping leaves the pages not yet written to precompress, and the thread ends', async () => {
	const { site, twins } = folders();
	const compressor = startRenderCompressor(site, twins);
	compressor.add('news/a/index.html', page('a'));
	compressor.add('news/b/index.html', page('b'));
	const counts = await compressor.stop();
	expect(counts).toMatchObject({ compressed: 0, left: 2 });
	expect(existsSync(twins)).toBe(false);
});

test('a thread that cannot write its twins fails with the cause when stopped', async () => {
	const { site, twins } = folders();
	// A file where the twins' folder should be.
	writeFileSync(twins, '');
	const compressor = startRenderCompressor(site, twins);
	const bytes = page('a');
	writeFileSync(join(site, 'news/a/index.html'), bytes);
	compressor.add('news/a/index.html', bytes);
	await sleep(200);
	await expect(compressor.stop()).rejects.toThrow(/^Compressing pages while rendering failed: .*(ENOTDIR|EEXIST)/);
});
