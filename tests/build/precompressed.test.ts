/**
 * The compressed twins `npm run build` writes for nginx's gzip_static and
 * brotli_static (scripts/lib/build/precompress.ts): every page, stylesheet,
 * script, feed and search entry file of 1 KB or more has a .gz and a .br twin
 * that decompress to exactly its bytes; no twin outlives its source; files
 * compressed already get none.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { sourceOfTwin, worthCompressing } from '../../scripts/lib/build/precompress.ts';
import { DIST, files } from './dist-files.ts';

const all = files();
const twins = all.filter((file) => sourceOfTwin(file) !== undefined);
const sources = all.filter((file) => sourceOfTwin(file) === undefined && worthCompressing(file, statSync(join(DIST, file)).size));

describe('compressed twins', () => {
	test('every file worth it has both twins, and they decompress to it', () => {
		expect(sources.length).toBeGreaterThan(40);
		for (const kind of ['.html', '.css', '.rss', '.atom', '.json', '.js', '.xml'])
			expect(
				sources.some((file) => file.endsWith(kind)),
				kind,
			).toBe(true);
		const wrong: string[] = [];
		for (const file of sources) {
			const bytes = readFileSync(join(DIST, file));
			if (!gunzipSync(readFileSync(join(DIST, `${file}.gz`))).equals(bytes)) wrong.push(`${file}.gz`);
			if (!brotliDecompressSync(readFileSync(join(DIST, `${file}.br`))).equals(bytes)) wrong.push(`${file}.br`);
		}
		expect(wrong).toEqual([]);
	});

	test('no twin without its source, none for small or compressed files, each smaller than its source', () => {
		expect(twins.length).toBe(2 * sources.length);
		for (const twin of twins) {
			const source = sourceOfTwin(twin)!;
			expect(sources, twin).toContain(source);
			expect(statSync(join(DIST, twin)).size).toBeLessThan(statSync(join(DIST, source)).size);
		}
		expect(twins.filter((file) => /\.pf_\w+\.|\.pagefind\.|\.png\./.test(file))).toEqual([]);
	});
});
