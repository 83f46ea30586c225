/**
 * Writing a folder's files so that a rebuild touches only what changed: a
 * file that already holds the same bytes is left alone (same inode, same
 * time), and a changed one is written beside its place and renamed over it,
 * so an old inode, which the published output may share
 * (scripts/lib/build/publish.ts links such files instead of copying them),
 * is never written into. The data files (./data-files.ts) and the search
 * indexes (src/integrations/pagefind.ts) are written this way. Plain Node.
 *
 * With a stamps file (in the build cache), a file whose size, time and inode
 * are those recorded when it was last written or compared, with the digest of
 * the bytes wanted now, is known to hold them without being read: a rebuild
 * then reads none of the thousands of files it leaves as they were, on
 * machines where reading a file is a slow system call (docs/performance.md).
 * Nothing writes into these files in place, which is what makes the record
 * trustworthy. Any other file is read and compared.
 */
import { hash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
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

/**
 * Puts `bytes` at `path` by writing them beside it and renaming them over it: a reader, a stopped build or a hard
 * link to the old file (the published output) sees the old bytes or the new ones, never half of them.
 */
export function replaceFile(path: string, bytes: string | Uint8Array): void {
	const aside = `${path}.${process.pid}.new`;
	writeFileSync(aside, bytes);
	renameSync(aside, path);
}

/** A file as last written or compared: its size, modification time (ms), inode and the digest of its bytes. */
type Stamp = [size: number, mtimeMs: number, ino: number, digest: string];

/** The stamps file's records by absolute path; a missing or unreadable file records nothing (every file is then compared). */
function readStamps(file: string | undefined): Map<string, Stamp> {
	if (!file) return new Map();
	try {
		return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Stamp>));
	} catch {
		return new Map();
	}
}

const stampOf = ({ size, mtimeMs, ino }: Stats, digest: string): Stamp => [size, mtimeMs, ino, digest];
const sameStamp = (a: Stamp | undefined, b: Stamp) => a !== undefined && a.every((value, index) => value === b[index]);

/**
 * Writes `files` (path relative to `dir`, `/`-separated, with or without a leading `/` → bytes or text) under `dir`,
 * leaving alone those that already hold the same bytes; `stampsFile` (optional) records them for the next call.
 */
export function writeChangedFiles(dir: string, files: Iterable<readonly [string, string | Uint8Array]>, stampsFile?: string): ChangedFilesWritten {
	const done: ChangedFilesWritten = { files: new Set(), written: 0, kept: 0 };
	const folders = new Set<string>();
	const recorded = readStamps(stampsFile);
	const stamps: Record<string, Stamp> = {};
	for (const [path, content] of files) {
		const target = join(dir, ...path.split('/').filter(Boolean));
		if (done.files.has(target)) throw new Error(`${path} is given twice`);
		done.files.add(target);
		const bytes = typeof content === 'string' ? Buffer.from(content) : content;
		const digest = stampsFile ? hash('sha256', bytes, 'base64url') : '';
		const there = statSync(target, { throwIfNoEntry: false });
		const size = there?.size;
		if (there && size === bytes.length && (sameStamp(recorded.get(target), stampOf(there, digest)) || readFileSync(target).equals(bytes))) {
			stamps[target] = stampOf(there, digest);
			done.kept++;
			continue;
		}
		const folder = dirname(target);
		if (size === undefined && !folders.has(folder)) {
			mkdirSync(folder, { recursive: true });
			folders.add(folder);
		}
		if (size === undefined) writeFileSync(target, bytes);
		else replaceFile(target, bytes);
		if (stampsFile) stamps[target] = stampOf(statSync(target), digest);
		done.written++;
	}
	if (stampsFile) {
		mkdirSync(dirname(stampsFile), { recursive: true });
		replaceFile(stampsFile, JSON.stringify(stamps));
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
