/**
 * Which files of an output folder a build did not produce. The build writes
 * into the previous output instead of emptying it first, so that pages the
 * incremental build reuses stay where they are (emptying the output and
 * copying them back cost most of a rebuild); whatever this
 * build did not write — the page of a deleted entry, a listing page that no
 * longer exists — must then be removed, or it would stay published.
 */
import { readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

export interface OutputOwners {
	/** Files the build's routes wrote or reused (absolute paths). */
	written: ReadonlySet<string>;
	/** Paths (relative, `/`-separated) of the files in `public/`, copied as they are. */
	publicFiles: ReadonlySet<string>;
	/** Top-level folders other steps empty and rewrite whole (the search indexes). */
	ownedFolders: readonly string[];
	/** Other files this build owns: written after this check (the sitemap), or by Vite during it (`_astro/`). */
	keep?: (file: string) => boolean;
}

/**
 * Every file under `dir`, as paths relative to it with `/` separators, except
 * in the top-level folders `skip` (the search indexes, which hold most of
 * the files and which their own step rewrites).
 */
export function listFiles(dir: string, skip: readonly string[] = []): string[] {
	const files: string[] = [];
	/** Relative form of each folder, worked out once for all its files. */
	const prefixes = new Map<string, string>();
	for (const top of readdirSync(dir, { withFileTypes: true })) {
		if (top.isFile()) files.push(top.name);
		if (!top.isDirectory() || skip.includes(top.name)) continue;
		for (const entry of readdirSync(join(dir, top.name), { recursive: true, withFileTypes: true })) {
			if (!entry.isFile()) continue;
			let prefix = prefixes.get(entry.parentPath);
			if (prefix === undefined) prefixes.set(entry.parentPath, (prefix = `${relative(dir, entry.parentPath).split(sep).join('/')}/`));
			files.push(prefix + entry.name);
		}
	}
	return files;
}

/** The folders that hold `files` (relative, `/`-separated) and their parents, deepest first: those removing the files may leave empty. */
export function foldersOf(files: readonly string[]): string[] {
	const folders = new Set<string>();
	for (const file of files) for (let folder = dirname(file); folder !== '.' && !folders.has(folder); folder = dirname(folder)) folders.add(folder);
	return [...folders].sort((a, b) => b.split('/').length - a.split('/').length || a.localeCompare(b));
}

/** The files in `files` (relative to `dir`) that nothing in this build owns. */
export function staleFiles(dir: string, files: readonly string[], owners: OutputOwners): string[] {
	return files.filter((file) => {
		if (owners.publicFiles.has(file)) return false;
		if (owners.ownedFolders.some((folder) => file.startsWith(`${folder}/`))) return false;
		if (owners.keep?.(file)) return false;
		return !owners.written.has(join(dir, ...file.split('/')));
	});
}
