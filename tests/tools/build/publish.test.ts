import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

test('publish merges the work folder and the twins; a page rewritten in place later leaves the output alone; later publishes change only what changed', async () => {
	const folders = site();
	expect(await publish(sources(folders), folders.out)).toEqual({ copied: 2, linked: 2, kept: 0, removed: 0 });
	expect(read(folders.out, 'news/a/index.html')).toBe('a v1');
	expect(read(folders.out, 'index.html.gz')).toBe('gz');
	// The next build writes over its work folder's files in place, as Astro does.
	writeFileSync(join(folders.work, 'news/a/index.html'), 'a v2');
	expect(read(folders.out, 'news/a/index.html')).toBe('a v1');
	// The page not rewritten is shared with the published build, not copied again.
	expect(await publish(sources(folders), folders.out)).toEqual({ copied: 1, linked: 3, kept: 0, removed: 0 });
	expect(read(folders.out, 'news/a/index.html')).toBe('a v2');
	expect(statSync(join(folders.out, 'index.html')).nlink).toBe(2);
	// The build before is kept as the next starting point: it still holds the old page.
	expect(read(swapFolders(folders.out).next, 'news/a/index.html')).toBe('a v1');

	rmSync(join(folders.work, 'news'), { recursive: true });
	mkdirSync(join(folders.work, 'events'));
	writeFileSync(join(folders.work, 'events/index.html'), 'events');
	const third = await publish(sources(folders), folders.out);
	expect(third).toEqual({ copied: 1, linked: 0, kept: 3, removed: 3 });
	expect(existsSync(join(folders.out, 'news'))).toBe(false);
	expect(read(folders.out, 'events/index.html')).toBe('events');
	expect(read(folders.out, 'index.html')).toBe('home v1');
	expect(existsSync(swapFolders(folders.out).previous)).toBe(false);
});

test('recoverPublish puts the previous build back when a publish stopped between its renames', async () => {
	const folders = site();
	await publish(sources(folders), folders.out);
	const { next, previous } = swapFolders(folders.out);
	mkdirSync(next);
	renameSync(folders.out, previous);
	expect(recoverPublish(folders.out)).toMatch(/Put the previous build back/);
	expect(read(folders.out, 'index.html')).toBe('home v1');
	expect(recoverPublish(folders.out)).toBeUndefined();
	// Stopped after the second rename: the build replaced becomes the next starting point.
	rmSync(next, { recursive: true });
	mkdirSync(previous);
	expect(recoverPublish(folders.out)).toBeUndefined();
	expect(existsSync(next)).toBe(true);
	expect(existsSync(previous)).toBe(false);
});
