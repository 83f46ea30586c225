import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fileAction, publish, recoverPublish, swapFolders } from '../../../scripts/lib/build/publish.ts';

test('fileAction: replaced files are linked from the work folder, unchanged ones from the published build, the rest copied', () => {
	const file = { size: 10, mtimeMs: 1000.25 };
	expect(fileAction(file, undefined, true)).toBe('link-work');
	expect(fileAction(file, { size: 10, mtimeMs: 1000.2499999 }, false)).toBe('link-published');
	expect(fileAction(file, { size: 11, mtimeMs: 1000.25 }, false)).toBe('copy');
	expect(fileAction(file, { size: 10, mtimeMs: 1001.25 }, false)).toBe('copy');
	expect(fileAction(file, undefined, false)).toBe('copy');
});

function site(): { work: string; twins: string; out: string } {
	const root = mkdtempSync(join(tmpdir(), 'publish-'));
	const work = join(root, 'work');
	mkdirSync(join(work, 'news/a'), { recursive: true });
	mkdirSync(join(work, 'pagefind'), { recursive: true });
	writeFileSync(join(work, 'index.html'), 'home v1');
	writeFileSync(join(work, 'news/a/index.html'), 'a v1');
	writeFileSync(join(work, 'pagefind/pagefind-entry.json'), '{}');
	mkdirSync(join(root, 'twins'));
	writeFileSync(join(root, 'twins/index.html.gz'), 'gz');
	return { work, twins: join(root, 'twins'), out: join(root, 'dist') };
}

const sources = ({ work, twins }: { work: string; twins: string }) => [
	{ dir: work, replacedWhole: (file: string) => file.startsWith('pagefind/') },
	{ dir: twins, replacedWhole: () => true },
];

test('publish merges the work folder and the twins into the output, and a page rewritten in place later leaves the output alone', () => {
	const folders = site();
	expect(publish(sources(folders), folders.out)).toEqual({ copied: 2, linked: 2 });
	expect(readFileSync(join(folders.out, 'news/a/index.html'), 'utf8')).toBe('a v1');
	expect(readFileSync(join(folders.out, 'index.html.gz'), 'utf8')).toBe('gz');
	// The next build writes over its work folder's files in place, as Astro does.
	writeFileSync(join(folders.work, 'news/a/index.html'), 'a v2');
	expect(readFileSync(join(folders.out, 'news/a/index.html'), 'utf8')).toBe('a v1');
	const second = publish(sources(folders), folders.out);
	// The page not rewritten is shared with the published build, not copied again.
	expect(second).toEqual({ copied: 1, linked: 3 });
	expect(readFileSync(join(folders.out, 'news/a/index.html'), 'utf8')).toBe('a v2');
	expect(statSync(join(folders.out, 'index.html')).nlink).toBe(1);
	expect(existsSync(swapFolders(folders.out).previous)).toBe(false);
});

test('recoverPublish puts the previous build back when a publish stopped between its renames', () => {
	const folders = site();
	publish(sources(folders), folders.out);
	const { next, previous } = swapFolders(folders.out);
	mkdirSync(next);
	renameSync(folders.out, previous);
	expect(recoverPublish(folders.out)).toMatch(/Put the previous build back/);
	expect(readFileSync(join(folders.out, 'index.html'), 'utf8')).toBe('home v1');
	expect(existsSync(next)).toBe(false);
	expect(recoverPublish(folders.out)).toBeUndefined();
});
