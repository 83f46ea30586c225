/**
 * Which files of an output folder a build did not produce. The build writes
 * into the previous output instead of emptying it first, so that pages the
 * incremental build reuses stay where they are (emptying 35,000 files and
 * copying them back cost ~25 s of a 10,000-entry rebuild); whatever this
 * build did not write — the page of a deleted entry, a listing page that no
 * longer exists — must then be removed, or it would stay published.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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

/** Every file under `dir`, as paths relative to it with `/` separators. */
export function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
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
