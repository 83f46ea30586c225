import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { bodyFolder, hasBodyFile, pruneBodyFiles, readBodyFile, writeBodyFile } from '../../src/lib/body-files.ts';

let root: string;
let folder: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'body-files-'));
	folder = bodyFolder(join(root, 'cache'), 'news');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('writeBodyFile / readBodyFile', () => {
	test.each([
		['a paragraph', '<p>Smuggling of migrants</p>'],
		['non-Latin text', '<p dir="rtl" lang="ar">تهريب المهاجرين</p>'],
		['an empty body', ''],
	])('round-trips %s through a path relative to the root', (_name, html) => {
		const path = writeBodyFile(folder, html, root);
		expect(path).toMatch(/^cache\/entry-bodies\/news\/[0-9a-f]{32}\.html$/);
		expect(readBodyFile(path, 'news/x.md', root)).toBe(html);
	});

	test('names a body by its content: the same HTML is written once, different HTML gets another file', () => {
		const first = writeBodyFile(folder, '<p>one</p>', root);
		expect(writeBodyFile(folder, '<p>one</p>', root)).toBe(first);
		expect(writeBodyFile(folder, '<p>two</p>', root)).not.toBe(first);
		expect(readdirSync(folder).sort()).toHaveLength(2);
		expect(readdirSync(folder).some((name) => name.endsWith('.tmp'))).toBe(false);
	});

	test('a missing body names the entry and says what to do', () => {
		expect(() => readBodyFile('cache/entry-bodies/news/gone.html', 'content/news/some-item.md', root)).toThrow(
			/rendered body of content\/news\/some-item\.md is missing \(cache\/entry-bodies\/news\/gone\.html: ENOENT\)\. .*run the build again/,
		);
	});
});

describe('hasBodyFile', () => {
	test.each([
		['undefined', undefined, false],
		['an empty path', '', false],
		['a number', 42, false],
		['a path to nothing', 'cache/entry-bodies/news/none.html', false],
	])('is false for %s', (_name, path, expected) => {
		expect(hasBodyFile(path, root)).toBe(expected);
	});

	test('is true for a written body', () => {
		expect(hasBodyFile(writeBodyFile(folder, '<p>x</p>', root), root)).toBe(true);
	});
});

describe('pruneBodyFiles', () => {
	test('deletes only the bodies no entry uses', () => {
		const kept = writeBodyFile(folder, '<p>kept</p>', root);
		const stale = writeBodyFile(folder, '<p>stale</p>', root);
		writeFileSync(join(folder, 'leftover.html.123.tmp'), 'x');
		expect(pruneBodyFiles(folder, new Set([kept]), root)).toBe(2);
		expect(existsSync(join(root, kept))).toBe(true);
		expect(existsSync(join(root, stale))).toBe(false);
		expect(readFileSync(join(root, kept), 'utf8')).toBe('<p>kept</p>');
	});

	test('does nothing when the folder does not exist yet', () => {
		expect(pruneBodyFiles(join(root, 'nowhere'), new Set(), root)).toBe(0);
	});
});

describe('writeBodyFile when the cache folder goes away', () => {
	test('makes the folder again', () => {
		writeBodyFile(folder, '<p>first</p>', root);
		rmSync(join(root, 'cache'), { recursive: true, force: true });
		const path = writeBodyFile(folder, '<p>second</p>', root);
		expect(readBodyFile(path, 'news/x.md', root)).toBe('<p>second</p>');
	});
});
