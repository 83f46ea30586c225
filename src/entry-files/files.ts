/**
 * Finding and reading entry files. The content folder is `content/` unless
 * `CONTENT_DIR` points elsewhere, so a separate content repository can be built
 * with the same code. Plain Node: shared by the build and the tools.
 */
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { TYPE_NAMES, type EntryType } from '../entry-types/index.ts';
import { isSlug } from '../lib/routing/slugs.ts';
import { ContentError, displayPath, type ContentProblem } from './problems.ts';

/** Absolute path of the content folder: `CONTENT_DIR` or `content/`, relative to `root`. */
export function resolveContentDir(root: string = process.cwd(), env: Record<string, string | undefined> = process.env): string {
	return resolve(root, env['CONTENT_DIR'] || 'content');
}

/** Reads a file as strict UTF-8: invalid bytes are an error, never replaced. */
export function readUtf8(path: string): string {
	const bytes = readFileSync(path);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const at = bytes.findIndex((_, i) => {
			try {
				new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, i + 1), { stream: true });
				return false;
			} catch {
				return true;
			}
		});
		const line = at < 0 ? 1 : bytes.subarray(0, at).toString('latin1').split('\n').length;
		throw new ContentError([{ file: displayPath(path), line, field: '', message: 'the file is not valid UTF-8: save it as UTF-8' }]);
	}
}

/** An entry file found on disk. */
export interface EntryFile {
	/** Entry type, from the folder it is in. */
	type: EntryType;
	/** Slug, from the file name. */
	slug: string;
	/** Absolute path. */
	path: string;
}

/** Every `*.md` entry file of every type (sub-folders allowed, `_`-prefixed names ignored), sorted by path. */
export function listEntryFiles(contentDir: string, types: readonly EntryType[] = TYPE_NAMES): EntryFile[] {
	return types.flatMap((type) =>
		globSync('**/*.md', { cwd: join(contentDir, type), ignore: ['**/_*', '**/_*/**'], absolute: true })
			.sort()
			.map((path) => ({ type, slug: basename(path, '.md'), path })),
	);
}

/** File names that are not slugs, and slugs used by more than one file (across all types). */
export function checkSlugs(files: readonly EntryFile[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const bySlug = new Map<string, EntryFile>();
	for (const file of files) {
		if (!isSlug(file.slug)) {
			problems.push({
				file: displayPath(file.path),
				line: 1,
				field: '',
				message: `file name "${file.slug}.md" is not a slug: rename it with lowercase letters, digits and hyphens only`,
			});
			continue;
		}
		const first = bySlug.get(file.slug);
		if (first) {
			problems.push({
				file: displayPath(file.path),
				line: 1,
				field: '',
				message: `duplicate slug "${file.slug}": ${displayPath(first.path)} already uses it; rename one of the files`,
			});
		} else bySlug.set(file.slug, file);
	}
	return problems;
}
