import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { handover, writeDataFiles } from '../../../src/lib/build-cache/data-files.ts';
import { writeDataFilesOnThread } from '../../../src/lib/build-cache/data-files-thread.ts';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'data-files-thread-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const files: [string, string][] = [
	['api/v1/index.json', '{"entries":2}'],
	['api/v1/entries/news/a.json', '{"title":"A \\u2028 line"}'],
	['publications/model-law/cite.bib', '@book{model-law,\n  title = {Model Law}\n}\n'],
	['fr/publications/model-law/cite.ris', 'TY  - BOOK\r\nTI  - Loi type\r\nER  - \r\n'],
];
const bytes = () => new TextEncoder().encode(handover(files));

test('writes every file of the hand-over, as the main thread would', async () => {
	const site = join(dir, 'site');
	const done = await writeDataFilesOnThread({ site, bytes: bytes() });
	expect(done.written).toBe(files.length);
	expect(done.kept).toBe(0);
	expect(done.files.sort()).toEqual(files.map(([path]) => join(site, path)).sort());
	for (const [path, text] of files) expect(readFileSync(join(site, path), 'utf8')).toBe(text);

	const other = join(dir, 'other');
	writeDataFiles(other, files);
	for (const [path] of files) expect(readFileSync(join(site, path))).toEqual(readFileSync(join(other, path)));
});

test('leaves files that hold the same bytes alone, with its stamps, and writes only the changed one', async () => {
	const site = join(dir, 'site');
	const stampsFile = join(dir, 'stamps.json');
	await writeDataFilesOnThread({ site, bytes: bytes(), stampsFile });
	const before = statSync(join(site, files[0]![0])).ino;
	files[1]![1] = '{"title":"B"}';
	const again = await writeDataFilesOnThread({ site, bytes: bytes(), stampsFile });
	expect([again.written, again.kept]).toEqual([1, files.length - 1]);
	expect(statSync(join(site, files[0]![0])).ino).toBe(before);
	expect(readFileSync(join(site, files[1]![0]), 'utf8')).toBe('{"title":"B"}');
});

test('fails with the cause: a path that is not a data file', async () => {
	const hostile = new TextEncoder().encode(handover([['news/a/index.html', '<p>no</p>']]));
	await expect(writeDataFilesOnThread({ site: join(dir, 'site'), bytes: hostile })).rejects.toThrow(/news\/a\/index\.html is not a data file/);
});

test('fails with the cause: a hand-over cut short', async () => {
	const cut = bytes().slice(0, 30);
	await expect(writeDataFilesOnThread({ site: join(dir, 'site'), bytes: cut })).rejects.toThrow(/JSON/);
});
