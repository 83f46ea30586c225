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
import { isLanguageCode, LANGUAGES } from '../translations/index.ts';
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

/** An entry file found on disk: an original (`<slug>.md`) or a translation (`<slug>.<lang>.md`). */
export interface EntryFile {
	/** Entry type, from the folder it is in. */
	type: EntryType;
	/** Slug, from the file name; a translation's is its original's. */
	slug: string;
	/** Absolute path. */
	path: string;
	/** Translations: the language, from the file name. */
	translation?: string | undefined;
}

/** A name ending in a two-letter code (`x.fr`) is a translation; anything else is an original's slug. */
const TRANSLATION_NAME = /^(.+)\.([a-z]{2})$/;

/** Every `*.md` entry file of every type (sub-folders allowed, `_`-prefixed names ignored), sorted by path. */
export function listEntryFiles(contentDir: string, types: readonly EntryType[] = TYPE_NAMES): EntryFile[] {
	return types.flatMap((type) =>
		globSync('**/*.md', { cwd: join(contentDir, type), ignore: ['**/_*', '**/_*/**'], absolute: true })
			.sort()
			.map((path) => {
				const name = basename(path, '.md');
				const translation = TRANSLATION_NAME.exec(name);
				return translation ? { type, slug: translation[1]!, path, translation: translation[2]! } : { type, slug: name, path };
			}),
	);
}

/**
 * File names that are not slugs, slugs used by more than one original (across
 * all types), and translations that have no original of their type, are in a
 * language the site does not have, or are there twice.
 */
export function checkSlugs(files: readonly EntryFile[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const bySlug = new Map<string, EntryFile>();
	const translations = new Map<string, EntryFile>();
	for (const file of files.filter((entry) => entry.translation)) {
		const key = `${file.type}/${file.slug}.${file.translation}`;
		const first = translations.get(key);
		if (first)
			problems.push({
				file: displayPath(file.path),
				line: 1,
				field: '',
				message: `duplicate translation: ${displayPath(first.path)} is the ${file.translation} translation of "${file.slug}" already; remove one of the files`,
			});
		else translations.set(key, file);
		if (!isLanguageCode(file.translation!))
			problems.push({
				file: displayPath(file.path),
				line: 1,
				field: '',
				message: `"${file.translation}" is not a language of the site: name translations <slug>.<language>.md with one of ${LANGUAGES.map((language) => language.code).join(', ')}`,
			});
		if (!files.some((other) => !other.translation && other.type === file.type && other.slug === file.slug))
			problems.push({
				file: displayPath(file.path),
				line: 1,
				field: '',
				message: `is a translation of "${file.slug}", but there is no ${file.type}/${file.slug}.md: add the original first, or rename the file`,
			});
	}
	for (const file of files) {
		if (file.translation) {
			if (!isSlug(file.slug))
				problems.push({
					file: displayPath(file.path),
					line: 1,
					field: '',
					message: `file name "${file.slug}.${file.translation}.md" does not start with a slug: use the original's file name`,
				});
			continue;
		}
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
