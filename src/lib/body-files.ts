/**
 * Rendered entry bodies kept as files in the build cache, not in Astro's data
 * store. Astro bundles the whole data store into the build as one JSON string
 * that is compiled and parsed before the first page renders; with the bodies in
 * it that was 33 MB and ~9 s at 10,000 entries. The store now keeps only a
 * path; the entry page and the feeds read the body when they need it.
 *
 * Files are named by a hash of their HTML, so an unchanged body is never
 * rewritten and a file is never half-written under a name in use.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The folder for one entry type's bodies inside a cache folder. */
export function bodyFolder(cacheDir: string, type: string): string {
	return join(cacheDir, 'entry-bodies', type);
}

/** Writes a rendered body (unless that exact body is there) and returns its path relative to `root`. */
export function writeBodyFile(folder: string, html: string, root = process.cwd()): string {
	const file = join(folder, `${createHash('sha256').update(html).digest('hex').slice(0, 32)}.html`);
	if (!existsSync(file)) {
		// Written aside and renamed: a body file is complete or absent, never half-written under its name.
		const temporary = `${file}.${process.pid}.tmp`;
		try {
			writeFileSync(temporary, html);
		} catch (error) {
			// The folder is made when first needed, not before every body (that cost a second per 10,000).
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
			mkdirSync(folder, { recursive: true });
			writeFileSync(temporary, html);
		}
		renameSync(temporary, file);
	}
	return relative(root, file);
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
		throw new Error(`The rendered body of ${entry} is missing (${path}: ${(error as NodeJS.ErrnoException).code ?? error}). The build cache changed during the build; run the build again.`, { cause: error });
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
