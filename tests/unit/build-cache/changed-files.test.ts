import {
	copyFileSync,
	existsSync,
	linkSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { removeOtherFiles, writeChangedFiles } from '../../../src/lib/build-cache/changed-files.ts';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'changed-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const stamp = (path: string) => {
	const { ino, mtimeMs } = statSync(join(dir, path));
	return [ino, mtimeMs];
};

describe('writeChangedFiles', () => {
	const files: [string, string | Uint8Array][] = [
		['pagefind-entry.json', '{"version":"1.6.0"}'],
		['fragment/en_a.pf_fragment', new Uint8Array([0x1f, 0x8b, 1, 2, 3])],
		['/api/v1/index.json', 'تهريب المهاجرين\n'],
	];

	test('writes text and bytes, with their folders, and names every file', () => {
		const done = writeChangedFiles(dir, files);
		expect(done).toMatchObject({ written: 3, kept: 0 });
		expect([...done.files].sort()).toEqual(files.map(([path]) => join(dir, path)).sort());
		expect(readFileSync(join(dir, 'fragment/en_a.pf_fragment'))).toEqual(Buffer.from([0x1f, 0x8b, 1, 2, 3]));
		expect(readFileSync(join(dir, 'api/v1/index.json'), 'utf8')).toBe('تهريب المهاجرين\n');
	});

	test('leaves a file with the same bytes alone (same inode, same time) and replaces a changed one by a new inode', () => {
		writeChangedFiles(dir, files);
		const kept = stamp('pagefind-entry.json');
		const changed = stamp('fragment/en_a.pf_fragment');
		// The published output may share the old inode (a hard link): it must keep the old bytes.
		linkSync(join(dir, 'fragment/en_a.pf_fragment'), join(dir, 'published.pf_fragment'));
		const sameSize = new Uint8Array([0x1f, 0x8b, 1, 2, 4]);
		const done = writeChangedFiles(dir, [files[0]!, ['fragment/en_a.pf_fragment', sameSize], files[2]!]);
		expect(done).toMatchObject({ written: 1, kept: 2 });
		expect(stamp('pagefind-entry.json')).toEqual(kept);
		expect(stamp('fragment/en_a.pf_fragment')[0]).not.toBe(changed[0]);
		expect(readFileSync(join(dir, 'fragment/en_a.pf_fragment'))).toEqual(Buffer.from(sameSize));
		expect(readFileSync(join(dir, 'published.pf_fragment'))).toEqual(Buffer.from([0x1f, 0x8b, 1, 2, 3]));
		expect(readdirSync(join(dir, 'fragment'))).toEqual(['en_a.pf_fragment']);
	});

	test('refuses a file given twice', () => {
		expect(() => writeChangedFiles(dir, [files[0]!, files[0]!])).toThrow(/pagefind-entry\.json is given twice/);
	});
});

describe('writeChangedFiles with a stamps file', () => {
	const files: [string, string][] = [
		['api/v1/index.json', '{"version":"1"}\n'],
		['publications/p/cite.bib', '@report{p}\n'],
	];
	const stamps = () => join(dir, 'cache/stamps.json');
	/** Gives a file a time of whole seconds, which `utimesSync` can restore exactly. */
	const settle = (path: string) => utimesSync(join(dir, path), new Date(Date.UTC(2020, 0, 1)), new Date(Date.UTC(2020, 0, 1)));
	/** Changes a settled file's bytes in place, keeping its size, time and inode: only a read can tell. */
	const alterUnseen = (path: string) => {
		const { atime, mtime } = statSync(join(dir, path));
		const bytes = readFileSync(join(dir, path));
		bytes[0] = bytes[0]! ^ 1;
		writeFileSync(join(dir, path), bytes);
		utimesSync(join(dir, path), atime, mtime);
	};

	test('records every file given, with its size, time, inode and digest', () => {
		writeChangedFiles(dir, files, stamps());
		const recorded = JSON.parse(readFileSync(stamps(), 'utf8')) as Record<string, unknown[]>;
		expect(Object.keys(recorded).sort()).toEqual(files.map(([path]) => join(dir, path)).sort());
		const { size, mtimeMs, ino } = statSync(join(dir, files[0]![0]));
		expect(recorded[join(dir, files[0]![0])]!.slice(0, 3)).toEqual([size, mtimeMs, ino]);
	});

	test('a file as recorded, wanted with the same bytes, is kept without being read', () => {
		writeChangedFiles(dir, files);
		settle(files[0]![0]);
		writeChangedFiles(dir, files, stamps());
		alterUnseen(files[0]![0]);
		expect(writeChangedFiles(dir, files, stamps())).toMatchObject({ written: 0, kept: 2 });
		// Without the record, the file is read, found different and replaced.
		expect(writeChangedFiles(dir, files)).toMatchObject({ written: 1, kept: 1 });
		expect(readFileSync(join(dir, files[0]![0]), 'utf8')).toBe(files[0]![1]);
	});

	test('new bytes of the same size are written although the file is as recorded', () => {
		writeChangedFiles(dir, files, stamps());
		const done = writeChangedFiles(dir, [['api/v1/index.json', '{"version":"2"}\n'], files[1]!], stamps());
		expect(done).toMatchObject({ written: 1, kept: 1 });
		expect(readFileSync(join(dir, 'api/v1/index.json'), 'utf8')).toBe('{"version":"2"}\n');
	});

	test.each([
		[
			'replaced by another inode',
			(path: string) => {
				copyFileSync(join(dir, path), join(dir, `${path}.copy`));
				renameSync(join(dir, `${path}.copy`), join(dir, path));
			},
		],
		[
			'written to with a new time',
			(path: string) => {
				writeFileSync(join(dir, path), readFileSync(join(dir, path)));
				utimesSync(join(dir, path), new Date(2001, 0, 1), new Date(2001, 0, 1));
			},
		],
	])('a file %s is read and compared again (kept when its bytes are the same)', (_, change) => {
		writeChangedFiles(dir, files, stamps());
		change(files[0]![0]);
		settle(files[0]![0]);
		expect(writeChangedFiles(dir, files, stamps())).toMatchObject({ written: 0, kept: 2 });
		// Its new identity is recorded: altered unseen now, it is trusted as recorded.
		alterUnseen(files[0]![0]);
		expect(writeChangedFiles(dir, files, stamps())).toMatchObject({ written: 0, kept: 2 });
	});

	test.each([
		['missing', () => rmSync(stamps())],
		['unreadable', () => writeFileSync(stamps(), '{"truncated')],
	])('a stamps file %s records nothing: every file is compared', (_, spoil) => {
		writeChangedFiles(dir, files);
		settle(files[0]![0]);
		writeChangedFiles(dir, files, stamps());
		alterUnseen(files[0]![0]);
		spoil();
		expect(writeChangedFiles(dir, files, stamps())).toMatchObject({ written: 1, kept: 1 });
		expect(readFileSync(join(dir, files[0]![0]), 'utf8')).toBe(files[0]![1]);
	});
});

describe('removeOtherFiles', () => {
	test('removes the files not kept and the folders that leaves empty, nothing else', () => {
		for (const path of ['en/pagefind-entry.json', 'en/fragment/old.pf_fragment', 'en/fragment/new.pf_fragment', 'fr/pagefind-entry.json']) {
			mkdirSync(join(dir, path, '..'), { recursive: true });
			writeFileSync(join(dir, path), path);
		}
		const keep = new Set(['en/pagefind-entry.json', 'en/fragment/new.pf_fragment'].map((path) => join(dir, path)));
		expect(removeOtherFiles(dir, keep)).toBe(2);
		expect(existsSync(join(dir, 'fr'))).toBe(false);
		expect(readdirSync(join(dir, 'en/fragment'))).toEqual(['new.pf_fragment']);
		expect(readFileSync(join(dir, 'en/pagefind-entry.json'), 'utf8')).toBe('en/pagefind-entry.json');
	});

	test('a folder that is not there: nothing to remove', () => {
		expect(removeOtherFiles(join(dir, 'missing'), new Set())).toBe(0);
	});
});
