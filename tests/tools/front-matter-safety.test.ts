import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, test } from 'vitest';
import { FrontMatterError, GRAY_MATTER_OPTIONS, parseEntryFile } from '../../src/entry-files/front-matter.ts';
import { runScript, tempContentDir } from './helpers.ts';

const marker = join(mkdtempSync(join(tmpdir(), 'fm-')), 'pwned');
const g = globalThis as Record<string, unknown>;
const payload = `globalThis.frontMatterPwned = true; require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); module.exports = { title: 'x' }`;

describe('JavaScript front matter is refused, never run', () => {
	test.each(['js', 'javascript', 'JS', 'JavaScript', ' js', 'coffee', 'json'])('---%s', (language) => {
		const source = `---${language}\n${payload}\n---\nBody\n`;
		delete g['frontMatterPwned'];
		expect(() => parseEntryFile(source)).toThrow(FrontMatterError);
		expect(() => parseEntryFile(source)).toThrow(/front matter is refused: only YAML/);
		expect(g['frontMatterPwned']).toBeUndefined();
		expect(existsSync(marker)).toBe(false);
	});

	test.each(['js', 'javascript', 'JS'])('gray-matter with GRAY_MATTER_OPTIONS refuses ---%s too', (language) => {
		delete g['frontMatterPwned'];
		expect(() => matter(`---${language}\n${payload}\n---\n`, GRAY_MATTER_OPTIONS as never)).toThrow(/refused/);
		expect(g['frontMatterPwned']).toBeUndefined();
		expect(existsSync(marker)).toBe(false);
	});

	test('the tools refuse it with file:line and run nothing', () => {
		const dir = tempContentDir();
		mkdirSync(join(dir, 'news'));
		writeFileSync(join(dir, 'news/evil.md'), `---js\n${payload}\n---\n`);
		const result = runScript('check-content.ts', [dir]);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/news\/evil\.md:1: "js" front matter is refused/);
		expect(existsSync(marker)).toBe(false);
		// The importer never reads entry front matter as code either: it only compares text.
		const imported = runScript('import.ts', [join(import.meta.dirname, '../fixtures/legacy/scripts.html'), '--out', dir]);
		expect(imported.status, imported.stderr).toBe(0);
		expect(existsSync(marker)).toBe(false);
	});
});

describe("no leaks through gray-matter's cache", () => {
	test('mutating a result does not change the next parse of the same text', () => {
		const source = '---\ntitle: Original\ntopics: [a]\n---\nBody\n';
		const first = parseEntryFile(source);
		first.data['title'] = 'Mutated';
		(first.data['topics'] as string[]).push('b');
		const second = parseEntryFile(source);
		expect(second.data).toEqual({ title: 'Original', topics: ['a'] });
		expect(second.data).not.toBe(first.data);
	});

	test('invalid YAML errors every time, with its line', () => {
		const source = '---\ntitle: x\ntopics: [a\n---\nBody\n';
		for (let i = 0; i < 3; i++) {
			let error: unknown;
			try {
				parseEntryFile(source);
			} catch (caught) {
				error = caught;
			}
			expect(error).toBeInstanceOf(FrontMatterError);
			expect((error as FrontMatterError).message).toMatch(/invalid YAML/);
			expect((error as FrontMatterError).line).toBeGreaterThan(1);
		}
	});

	test('a cached unsafe parse cannot be returned: unsafe text parsed without options first is still refused', () => {
		const source = `---js\n${payload.replace('globalThis.frontMatterPwned = true; ', '').replace(/require[^;]+;/, '')}\n---\n`;
		// Someone calling gray-matter without options would cache this (and run it): the project's parser must not serve that.
		const cached = matter as unknown as { cache: Record<string, unknown>; clearCache: () => void };
		cached.cache[source] = { data: { title: 'from cache' }, content: '', orig: source };
		expect(() => parseEntryFile(source)).toThrow(/refused/);
		cached.clearCache();
	});

	test('dates stay strings (no UTC instants)', () => {
		expect(parseEntryFile('---\ndate: 2012-03-07\n---\n').data['date']).toBe('2012-03-07');
	});
});
