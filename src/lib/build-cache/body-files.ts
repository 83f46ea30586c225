/**
 * Rendered entry bodies kept as files in the build cache, not in Astro's data
 * store. Astro bundles the whole data store into the build as one JSON string
 * that is compiled and parsed before the first page renders, so its size is
 * paid before any page. The store now keeps only a path; the entry page and
 * the feeds read the body when they need it.
 *
 * Files are named by a hash of their HTML, so an unchanged body is never
 * rewritten and a file is never half-written under a name in use. They are
 * written in the background while the loader goes on to the next entry, so
 * the loader never waits on the disk.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';

/** The folder for one entry type's bodies inside a cache folder. */
export function bodyFolder(cacheDir: string, type: string): string {
	return join(cacheDir, 'entry-bodies', type);
}

/** Bodies being written, by file: two entries with the same body share one write (and one temporary file). */
const writing = new Map<string, Promise<void>>();

/** Folders made by this process (or thread), once each: thousands of bodies are written at once into a new cache. */
const folders = new Map<string, Promise<unknown>>();

/** Writes `html` to `file` unless it is there: aside, then renamed, so the file is complete or absent, never half-written. */
async function writeOnce(folder: string, file: string, html: string): Promise<void> {
	// A check that cannot throw: thousands of failed access() calls each build an error, which cost a cold build ~1 s.
	if (existsSync(file)) return;
	let made = folders.get(folder);
	if (!made) {
		made = mkdir(folder, { recursive: true }).catch((error: unknown) => {
			folders.delete(folder);
			throw error;
		});
		folders.set(folder, made);
	}
	await made;
	// Render threads (src/lib/markdown/threads/) write too: one temporary file per process and thread.
	const temporary = `${file}.${process.pid}.${threadId}.tmp`;
	try {
		await writeFile(temporary, html);
	} catch (error) {
		// The cache folder was removed since (a long `astro dev`).
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		await mkdir(folder, { recursive: true });
		await writeFile(temporary, html);
	}
	await rename(temporary, file);
}

/**
 * Starts writing a rendered body (unless that exact body is there); returns
 * its path relative to `root` and the write, to await before anything reads it.
 */
export function writeBodyFile(folder: string, html: string, root = process.cwd()): { path: string; written: Promise<void> } {
	const file = join(folder, `${createHash('sha256').update(html).digest('hex').slice(0, 32)}.html`);
	let written = writing.get(file);
	if (!written) {
		written = writeOnce(folder, file, html).finally(() => writing.delete(file));
		writing.set(file, written);
	}
	return { path: relative(root, file), written };
}

/** Whether a stored path still points at a body (the cache folder may have been cleared). */
export function hasBodyFile(path: unknown, root = process.cwd()): path is string {
	return typeof path === 'string' && path !== '' && existsSync(resolve(root, path));
}

/** Reads a rendered body; `entry` names the entry in the error. */
export function readBodyFile(path: string, entry: string, root = process.cwd()): string {
	try {
		return readFileSync(resolve(root, path), 'utf8');
	} catch (error) {
		throw new Error(
			`The rendered body of ${entry} is missing (${path}: ${(error as NodeJS.ErrnoException).code ?? error}). The build cache changed during the build; run the build again.`,
			{ cause: error },
		);
	}
}

/** Deletes the bodies in `folder` that no entry uses any more; returns how many. */
export function pruneBodyFiles(folder: string, inUse: ReadonlySet<string>, root = process.cwd()): number {
	if (!existsSync(folder)) return 0;
	const keep = new Set([...inUse].map((path) => resolve(root, path)));
	let removed = 0;
	for (const name of readdirSync(folder)) {
		const file = join(folder, name);
		if (keep.has(file)) continue;
		rmSync(file, { force: true });
		removed++;
	}
	return removed;
}
