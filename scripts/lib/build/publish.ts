/**
 * Puts a finished build in the output folder (`dist/`) in one step: a new
 * folder beside it gets every file of the work folder, then two renames swap
 * it in, so the output folder always holds one complete build.
 *
 * The new folder shares files instead of copying them where nothing can
 * change them afterwards. Astro writes the pages it renders over the old
 * files of its work folder in place (same inode), so a work-folder page is
 * never hard-linked into the output: the next build would rewrite the
 * published page while it renders. A page the build did not rewrite (same
 * size and modification time as the published copy, which was given the work
 * file's time when it was copied) is linked from the published folder
 * instead, whose files nothing writes. Files that their writers replace
 * instead of rewriting (the search indexes, emptied and rewritten whole;
 * the compressed twins, renamed into place) are linked from the work folder.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

/** How a file of the work folder gets into the new output folder. */
export type FileAction = 'link-work' | 'link-published' | 'copy';

/** What `fileAction` needs of a file's metadata. */
export interface FileStamp {
	size: number;
	mtimeMs: number;
}

/**
 * The action for one file: `replacedWhole` when its writer replaces it instead
 * of writing over it; `published` the file of the same path in the current
 * output, if any.
 */
export function fileAction(work: FileStamp, published: FileStamp | undefined, replacedWhole: boolean): FileAction {
	if (replacedWhole) return 'link-work';
	// Within a millisecond: the time given to a copy goes through a double of seconds and may come back a nanosecond short.
	if (published && published.size === work.size && Math.abs(published.mtimeMs - work.mtimeMs) < 1) return 'link-published';
	return 'copy';
}

/** The folders beside `outDir` used while publishing: the new build, and the previous one while it is swapped out. */
export function swapFolders(outDir: string): { next: string; previous: string } {
	const name = basename(outDir);
	return { next: join(dirname(outDir), `.${name}.next`), previous: join(dirname(outDir), `.${name}.previous`) };
}

/**
 * Finishes or undoes a publish that was stopped: if the output folder is
 * missing between the two renames, the previous build goes back in place;
 * leftovers are removed. Returns what was done, for the log.
 */
export function recoverPublish(outDir: string): string | undefined {
	const { next, previous } = swapFolders(outDir);
	let done: string | undefined;
	if (!existsSync(outDir) && existsSync(previous)) {
		renameSync(previous, outDir);
		done = `Put the previous build back in ${outDir} (a publish was stopped between its two renames).`;
	}
	rmSync(next, { recursive: true, force: true });
	rmSync(previous, { recursive: true, force: true });
	return done;
}

export interface PublishCounts {
	copied: number;
	linked: number;
}

/** Links `from` as `to`; copies it (returning false) when they are on different file systems (a build cache elsewhere). */
function linkOrCopy(from: string, to: string, stat: Stats): boolean {
	try {
		linkSync(from, to);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
		copyFileSync(from, to);
		utimesSync(to, stat.atime, stat.mtime);
		return false;
	}
}

/** A folder whose files go into the published output, and which of them their writers replace rather than rewrite. */
export interface PublishSource {
	dir: string;
	/** By path relative to `dir`, with `/` separators. */
	replacedWhole: (file: string) => boolean;
}

/**
 * Publishes the files of `sources` (the work folder, the compressed twins),
 * merged, as `outDir` (see the module comment).
 */
export function publish(sources: readonly PublishSource[], outDir: string): PublishCounts {
	recoverPublish(outDir);
	const { next, previous } = swapFolders(outDir);
	const counts: PublishCounts = { copied: 0, linked: 0 };
	mkdirSync(next, { recursive: true });
	const made = new Set([next]);
	const hasPublished = existsSync(outDir);
	for (const { dir, replacedWhole } of sources) {
		if (!existsSync(dir)) continue;
		for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
			const from = join(entry.parentPath, entry.name);
			const file = relative(dir, from);
			const to = join(next, file);
			if (entry.isDirectory()) {
				if (!made.has(to)) mkdirSync(to, { recursive: true });
				made.add(to);
				continue;
			}
			if (!entry.isFile()) continue;
			const stat = statSync(from);
			const publishedFile = join(outDir, file);
			let published: Stats | undefined;
			if (hasPublished) {
				try {
					published = statSync(publishedFile);
				} catch {
					published = undefined;
				}
			}
			// The listing names a folder before its files; this only guards against another order.
			if (!made.has(dirname(to))) {
				mkdirSync(dirname(to), { recursive: true });
				made.add(dirname(to));
			}
			const action = fileAction(stat, published?.isFile() ? published : undefined, replacedWhole(file.split(sep).join('/')));
			if (action === 'copy') {
				copyFileSync(from, to);
				utimesSync(to, stat.atime, stat.mtime);
				counts.copied++;
			} else if (action === 'link-published' || linkOrCopy(from, to, stat)) {
				if (action === 'link-published') linkSync(publishedFile, to);
				counts.linked++;
			} else {
				counts.copied++;
			}
		}
	}
	if (hasPublished) renameSync(outDir, previous);
	renameSync(next, outDir);
	rmSync(previous, { recursive: true, force: true });
	return counts;
}
