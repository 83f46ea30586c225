/**
 * Puts a finished build in the output folder (`dist/`) in one step: a folder
 * beside it (`.dist.next`) is made to hold exactly the files of the work
 * folder and the compressed twins, then renames swap it in, so the output
 * folder always holds one complete build.
 *
 * Nothing in the new folder is written after the swap. Files that their
 * writers replace instead of rewriting are linked from the work folder: the
 * pages, which `npm run build` has Astro write as new files
 * (src/integrations/staged-rendering.ts), the search indexes and the data
 * files, whose changed files are renamed into place
 * (src/lib/build-cache/changed-files.ts), the compressed twins, renamed into
 * place too. Anything else in the work folder may be written over in place
 * by the next build (Astro's public files and bundles, the sitemap), so it is
 * never hard-linked into the output: the next build would change the
 * published file while it runs. It is copied, or, when the build did not
 * rewrite it (same size and modification time as the published copy, which
 * was given the work file's time when it was copied), linked from the
 * published folder, whose files nothing writes.
 *
 * Making a folder of 50,000 links and deleting the old one took 30 s on these
 * virtual machines, whose file-system calls are slow (docs/deploy.md): so the
 * previous build is not deleted but kept as the next `.dist.next`, and the
 * next publish only changes the files whose inode is not already the one
 * wanted (two builds' worth of changes), with the calls issued many at a time.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, type Stats } from 'node:fs';
import { copyFile, link, rmdir, stat, unlink, utimes } from 'node:fs/promises';
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

/** The folders beside `outDir` used while publishing: the next build (the build before the current one, between publishes), and the current one while it is swapped out. */
export function swapFolders(outDir: string): { next: string; previous: string } {
	const name = basename(outDir);
	return { next: join(dirname(outDir), `.${name}.next`), previous: join(dirname(outDir), `.${name}.previous`) };
}

/**
 * Finishes or undoes a swap that was stopped between its renames: the
 * output folder is never left missing once this has run. Returns what was
 * done, for the log.
 */
export function recoverPublish(outDir: string): string | undefined {
	const { next, previous } = swapFolders(outDir);
	if (!existsSync(previous)) return undefined;
	if (!existsSync(outDir)) {
		renameSync(previous, outDir);
		return `Put the previous build back in ${outDir} (a publish was stopped between its renames).`;
	}
	if (!existsSync(next)) renameSync(previous, next);
	else rmSync(previous, { recursive: true, force: true });
	return undefined;
}

/** A folder whose files go into the published output, and which of them their writers replace rather than rewrite. */
export interface PublishSource {
	dir: string;
	/** By path relative to `dir`, with `/` separators. */
	replacedWhole: (file: string) => boolean;
}

export interface PublishCounts {
	/** Files copied (rewritten by this build). */
	copied: number;
	/** Files linked anew. */
	linked: number;
	/** Files the next folder already had as wanted. */
	kept: number;
	/** Files and folders removed from the next folder. */
	removed: number;
}

/** Runs `task` on every item, `parallel` at a time: the file-system calls wait on the disk, not the CPU. */
async function pool<T>(items: readonly T[], parallel: number, task: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(parallel, items.length) }, async () => {
			while (next < items.length) await task(items[next++]!);
		}),
	);
}

const PARALLEL = 32;

/** A file's identity, or undefined when there is none to read (missing, or a file where a folder of its path now goes). */
function statOrUndefined(path: string, follow = true): Stats | undefined {
	try {
		return follow ? statSync(path) : lstatSync(path);
	} catch {
		return undefined;
	}
}

/**
 * Publishes the files of `sources` (the work folder, the compressed twins),
 * merged, as `outDir` (see the module comment).
 */
export async function publish(sources: readonly PublishSource[], outDir: string): Promise<PublishCounts> {
	recoverPublish(outDir);
	const { next, previous } = swapFolders(outDir);
	const counts: PublishCounts = { copied: 0, linked: 0, kept: 0, removed: 0 };
	const hasPublished = existsSync(outDir);
	mkdirSync(next, { recursive: true });
	const wantedFiles = new Set<string>();
	const wantedFolders = new Set<string>();
	const files: { from: string; file: string; replacedWhole: boolean }[] = [];
	for (const { dir, replacedWhole } of sources) {
		if (!existsSync(dir)) continue;
		for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
			const from = join(entry.parentPath, entry.name);
			const file = relative(dir, from);
			if (entry.isDirectory()) wantedFolders.add(file);
			else if (entry.isFile()) {
				wantedFiles.add(file);
				files.push({ from, file, replacedWhole: replacedWhole(file.split(sep).join('/')) });
			}
		}
	}
	// What the next folder has that this build does not: a file where a folder now goes must go first.
	const present = readdirSync(next, { recursive: true, withFileTypes: true }).map((entry) => ({
		path: relative(next, join(entry.parentPath, entry.name)),
		folder: entry.isDirectory(),
	}));
	await pool(
		present.filter((entry) => !entry.folder && !wantedFiles.has(entry.path)),
		PARALLEL,
		async (entry) => {
			await unlink(join(next, entry.path));
			counts.removed++;
		},
	);
	const unwantedFolders = present
		.filter((entry) => entry.folder && !wantedFolders.has(entry.path))
		.map((entry) => entry.path)
		.sort((a, b) => b.length - a.length);
	for (const folder of unwantedFolders) {
		await rmdir(join(next, folder));
		counts.removed++;
	}
	const existing = new Set(present.filter((entry) => entry.folder && wantedFolders.has(entry.path)).map((entry) => entry.path));
	// Parents first: a folder's path is longer than its parent's.
	for (const folder of [...wantedFolders].filter((folder) => !existing.has(folder)).sort((a, b) => a.length - b.length))
		mkdirSync(join(next, folder), { recursive: true });
	const presentFiles = new Set(present.filter((entry) => !entry.folder).map((entry) => entry.path));
	// A build cache on another file system (ASTRO_CACHE_DIR) cannot be linked from: copied.
	const linkedFromWork = (from: string, to: string) =>
		link(from, to).then(
			() => true,
			(error: NodeJS.ErrnoException) => {
				if (error.code !== 'EXDEV') throw error;
				return false;
			},
		);
	const copy = async (from: string, to: string, source?: Stats) => {
		const times = source ?? (await stat(from));
		await copyFile(from, to);
		await utimes(to, times.atime, times.mtime);
		counts.copied++;
	};
	// The identities are read first, one call after the other: a metadata call is served from the kernel's caches, and
	// a call through libuv's threads cost three to four times as much here (docs/performance.md). Only the
	// changes, which wait on the disk, are issued many at a time.
	const changes: { from: string; to: string; action: FileAction; source?: Stats | undefined; published: string; there: boolean }[] = [];
	for (const { from, file, replacedWhole } of files) {
		const to = join(next, file);
		const published = join(outDir, file);
		// Nothing in the next folder at this path (a first publish, or a new file): no file's identity to compare, so no call
		// that would only find that out. Half the calls of a first publish of 90,000 files.
		if (replacedWhole && !presentFiles.has(file)) {
			changes.push({ from, to, action: 'link-work', published, there: false });
			continue;
		}
		const source = statSync(from);
		const publishedStats = hasPublished && !replacedWhole ? statOrUndefined(published) : undefined;
		const there = presentFiles.has(file) ? statOrUndefined(to, false) : undefined;
		const action = fileAction(source, publishedStats?.isFile() ? publishedStats : undefined, replacedWhole);
		const wanted = action === 'link-work' ? source : action === 'link-published' ? publishedStats : undefined;
		if (there && wanted && there.ino === wanted.ino && there.dev === wanted.dev) counts.kept++;
		else changes.push({ from, to, action, source, published, there: there !== undefined });
	}
	await pool(changes, PARALLEL, async ({ from, to, action, source, published, there }) => {
		if (there) await unlink(to);
		if (action === 'link-published') {
			await link(published, to);
			counts.linked++;
		} else if (action === 'link-work' && (await linkedFromWork(from, to))) counts.linked++;
		else await copy(from, to, source);
	});
	if (hasPublished) renameSync(outDir, previous);
	renameSync(next, outDir);
	// The build just replaced becomes the starting point of the next publish.
	if (hasPublished) renameSync(previous, next);
	return counts;
}
