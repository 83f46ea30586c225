import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { bodyFolder, hasBodyFile, pruneBodyFiles, readBodyFile, writeBodyFile } from '../../../src/lib/build-cache/body-files.ts';

let root: string;
let folder: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'body-files-'));
	folder = bodyFolder(join(root, 'cache'), 'news');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Writes a body, waits for the write and returns the body's path. */
async function write(html: string): Promise<string> {
	const { path, written } = writeBodyFile(folder, html, root);
	await written;
	return path;
}

describe('writeBodyFile / readBodyFile', () => {
	test.each([
		['a paragraph', '<p>Smuggling of migrants</p>'],
		['non-Latin text', '<p dir="rtl" lang="ar">تهريب المهاجرين</p>'],
		['an empty body', ''],
	])('round-trips %s through a path relative to the root', async (_name, html) => {
		const path = await write(html);
		expect(path).toMatch(/^cache\/entry-bodies\/news\/[0-9a-f]{32}\.html$/);
		expect(readBodyFile(path, 'news/x.md', root)).toBe(html);
	});

	test('names a body by its content: the same HTML is written once, different HTML gets another file', async () => {
		const first = await write('<p>one</p>');
		expect(await write('<p>one</p>')).toBe(first);
		expect(await write('<p>two</p>')).not.toBe(first);
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

	test('is true for a written body', async () => {
		expect(hasBodyFile(await write('<p>x</p>'), root)).toBe(true);
	});
});

describe('pruneBodyFiles', () => {
	test('deletes only the bodies no entry uses', async () => {
		const kept = await write('<p>kept</p>');
		const stale = await write('<p>stale</p>');
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
	test('makes the folder again', async () => {
		await write('<p>first</p>');
		rmSync(join(root, 'cache'), { recursive: true, force: true });
		const path = await write('<p>second</p>');
		expect(readBodyFile(path, 'news/x.md', root)).toBe('<p>second</p>');
	});
});

describe('writeBodyFile in the background', () => {
	test('many bodies at once, some the same, are all written whole, with no temporary file left', async () => {
		const bodies = Array.from({ length: 300 }, (_, index) => `<p>body ${index % 120}</p>`.repeat(50));
		const writes = bodies.map((html) => writeBodyFile(folder, html, root));
		await Promise.all(writes.map((write) => write.written));
		writes.forEach(({ path }, index) => expect(readBodyFile(path, 'news/x.md', root)).toBe(bodies[index]));
		expect(readdirSync(folder)).toHaveLength(120);
	});

	test('a body that cannot be written rejects its write', async () => {
		writeFileSync(join(root, 'cache'), 'a file where the cache folder should be');
		await expect(writeBodyFile(folder, '<p>x</p>', root).written).rejects.toThrow(/ENOTDIR|EEXIST/);
	});
});
