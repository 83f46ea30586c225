/**
 * Atomic file writes: the text goes to a temporary file in the same folder,
 * then a rename (or a hard link, when the target must not exist) puts it in
 * place, so readers and the build never see a half-written entry.
 */
import { linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function temporary(path: string, text: string): string {
	mkdirSync(dirname(path), { recursive: true });
	const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
	writeFileSync(tmp, text, { encoding: 'utf8', flag: 'wx' });
	return tmp;
}

/** Writes `text` to `path`, replacing any file there, atomically. */
export function writeFileAtomic(path: string, text: string): void {
	const tmp = temporary(path, text);
	try {
		renameSync(tmp, path);
	} catch (error) {
		rmSync(tmp, { force: true });
		throw error;
	}
}

/** Writes `text` to `path` atomically, failing with EEXIST when `path` already exists. */
export function createFileAtomic(path: string, text: string): void {
	const tmp = temporary(path, text);
	try {
		linkSync(tmp, path);
	} finally {
		rmSync(tmp, { force: true });
	}
}
