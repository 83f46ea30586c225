/**
 * Writing a folder's files so that a rebuild touches only what changed: a
 * file that already holds the same bytes is left alone (same inode, same
 * time), and a changed one is written beside its place and renamed over it,
 * so an old inode, which the published output may share
 * (scripts/lib/build/publish.ts links such files instead of copying them),
 * is never written into. The data files (./data-files.ts) and the search
 * indexes (src/integrations/pagefind.ts) are written this way. Plain Node.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What `writeChangedFiles` did. */
export interface ChangedFilesWritten {
	/** Every file given (absolute paths), written or kept. */
	files: Set<string>;
	/** How many were written (new or changed). */
	written: number;
	/** How many already held these bytes and were left alone. */
	kept: number;
}

/** Writes `files` (path relative to `dir`, `/`-separated, with or without a leading `/` → bytes or text) under `dir`, leaving alone those that already hold the same bytes. */
export function writeChangedFiles(dir: string, files: Iterable<readonly [string, string | Uint8Array]>): ChangedFilesWritten {
	const done: ChangedFilesWritten = { files: new Set(), written: 0, kept: 0 };
	const folders = new Set<string>();
	for (const [path, content] of files) {
		const target = join(dir, ...path.split('/').filter(Boolean));
		if (done.files.has(target)) throw new Error(`${path} is given twice`);
		done.files.add(target);
		const bytes = typeof content === 'string' ? Buffer.from(content) : content;
		let size: number | undefined;
		try {
			size = statSync(target).size;
		} catch {
			// Not there yet: written below.
		}
		if (size === bytes.length && readFileSync(target).equals(bytes)) {
			done.kept++;
			continue;
		}
		const folder = dirname(target);
		if (size === undefined && !folders.has(folder)) {
			mkdirSync(folder, { recursive: true });
			folders.add(folder);
		}
		if (size === undefined) writeFileSync(target, bytes);
		else {
			const aside = `${target}.${process.pid}.new`;
			writeFileSync(aside, bytes);
			renameSync(aside, target);
		}
		done.written++;
	}
	return done;
}

/** Removes every file under `dir` that `keep` (absolute paths) does not hold, and the folders that leaves empty; returns how many files went. */
export function removeOtherFiles(dir: string, keep: ReadonlySet<string>): number {
	let removed = 0;
	let entries;
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch {
		return 0;
	}
	for (const entry of entries) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			removed += removeOtherFiles(path, keep);
			if (readdirSync(path).length === 0) rmdirSync(path);
		} else if (!keep.has(path)) {
			rmSync(path, { force: true });
			removed++;
		}
	}
	return removed;
}
