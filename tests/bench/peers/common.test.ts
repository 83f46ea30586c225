/** What every peer of the comparison shares (scripts/lib/peers/common.ts). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateCorpus, generateTranslations } from '../../../scripts/lib/corpus.ts';
import { htmlPages, indexedPages, PAGE_SIZE, pagefindArgs, PEER_TYPES, TRANSLATION_FILE, writeProject } from '../../../scripts/lib/peers/common.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-peers-common-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the shared shape', () => {
	test('three types, twenty to a list page', () => {
		expect(PEER_TYPES).toEqual(['news', 'events', 'publications']);
		expect(PAGE_SIZE).toBe(20);
	});

	test('TRANSLATION_FILE tells the translations from the originals of a corpus', () => {
		const originals = generateCorpus(300, 2, { photos: false });
		const translations = generateTranslations(originals, 2);
		expect(translations.length).toBeGreaterThan(0);
		expect(originals.filter((file) => TRANSLATION_FILE.test(file.path))).toEqual([]);
		expect(translations.every((file) => TRANSLATION_FILE.test(file.path))).toBe(true);
	});
});

describe('pagefindArgs', () => {
	test('indexes the entry pages only, with the glob of the site’s own index', () => {
		expect(pagefindArgs('/x/site')).toEqual(['--site', '/x/site', '--glob', '{news,events,publications}/*/index.html']);
	});
});

describe('indexedPages', () => {
	test('reads the page count from the CLI’s summary, not the language count', () => {
		const output = ['[Building search indexes]', 'Total: ', '  Indexed 1 language', '  Indexed 10000 pages', '  Indexed 444 words', 'Finished in 9.1 seconds'];
		expect(indexedPages(output.map((text) => ({ text })))).toBe(10_000);
		expect(indexedPages([{ text: '  Indexed 1 page' }])).toBe(1);
		expect(indexedPages([{ text: 'Finished in 0.1 seconds' }])).toBeUndefined();
	});
});

describe('writeProject and htmlPages', () => {
	test('writes nested files; counts HTML pages, leaving out Pagefind’s folders at the root', () => {
		writeProject(dir, {
			'index.html': '<p>home</p>',
			'news/a/index.html': '<p>a</p>',
			'news/page/2/index.html': '<p>list</p>',
			'news/a/photo.jpg': 'jpeg',
			'pagefind/fragment/x.html': 'not a page',
			'pagefind-browse/y.html': 'not a page',
			'deep/pagefind/z.html': 'a page under a folder of that name',
		});
		expect(readFileSync(join(dir, 'news/page/2/index.html'), 'utf8')).toBe('<p>list</p>');
		expect(htmlPages(dir)).toBe(4);
	});
});
