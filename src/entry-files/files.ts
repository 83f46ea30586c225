/**
 * Finding and reading entry files. The content folder is `content/` unless
 * `CONTENT_DIR` points elsewhere, so a separate content repository can be built
 * with the same code. Plain Node: shared by the build and the tools.
 *
 * Only files inside the content folder are ever read: a symbolic link is
 * followed only when its target is inside the folder too, and one that leaves
 * it (`news/secret.md → ../../elsewhere/secret.md`, `news/usr → /usr`) is
 * refused with a problem naming the link and its target, never walked.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { TYPE_NAMES, type EntryType } from '../entry-types/index.ts';
import { isSlug } from '../lib/routing/slugs.ts';
import { INTERFACE_LANGUAGES, isInterfaceLanguage } from '../translations/index.ts';
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

/** The entry file at `path` of a type folder: an original, or a translation by its name. */
function entryFileOf(type: EntryType, path: string): EntryFile {
	const name = basename(path, '.md');
	const translation = TRANSLATION_NAME.exec(name);
	return translation ? { type, slug: translation[1]!, path, translation: translation[2]! } : { type, slug: name, path };
}

/** True when `path` (a real path) is `folder` or inside it. */
function isInside(path: string, folder: string): boolean {
	const rel = relative(folder, path);
	return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** Names of Markdown files the site does not read (`.MD`, `.markdown`, `.mdx`…): an editor meant them as entries. */
const MARKDOWN_LOOKALIKE = /\.(md|markdown|mdown|mkdn?|mdx|mdwn)$/i;

/** The problem of a Markdown file whose extension the site does not read: it would otherwise be left out without a word. */
function notAnEntryName(path: string, name: string): ContentProblem {
	const md = name.replace(MARKDOWN_LOOKALIKE, '.md');
	return {
		file: displayPath(path),
		line: 1,
		field: '',
		message: `is not read as an entry: only files ending in .md (lower case) are; rename it ${md}, or start its name with _ to keep it out of the site`,
	};
}

/**
 * Where a symbolic link points, when it stays inside `root` (a real path);
 * otherwise the problem to report. Links are followed to their final target.
 */
export function checkLink(path: string, root: string): { target: string } | { problem: ContentProblem } {
	let target: string;
	try {
		target = realpathSync(path);
	} catch {
		return {
			problem: {
				file: displayPath(path),
				line: 1,
				field: '',
				message: 'is a symbolic link to nothing (its target is missing): remove it, or put the file itself here',
			},
		};
	}
	if (isInside(target, root)) return { target };
	return {
		problem: {
			file: displayPath(path),
			line: 1,
			field: '',
			message: `is a symbolic link to ${target}, outside the content folder: the site publishes only files inside it, so copy the file in instead of linking to it`,
		},
	};
}

/**
 * Every `*.md` entry file of the types asked for (sub-folders allowed,
 * `_`-prefixed names ignored), sorted by path within each type, and a problem
 * for each symbolic link that leaves the content folder. The walk is iterative
 * and never enters a folder twice (a link back up cannot loop).
 */
export function findEntryFiles(contentDir: string, types: readonly EntryType[] = TYPE_NAMES): { files: EntryFile[]; problems: ContentProblem[] } {
	const files: EntryFile[] = [];
	const problems: ContentProblem[] = [];
	let root: string;
	try {
		root = realpathSync(contentDir);
	} catch {
		return { files, problems };
	}
	for (const type of types) {
		const found: string[] = [];
		const visited = new Set<string>();
		const top = join(contentDir, type);
		const folders = [top];
		try {
			if (lstatSync(top).isSymbolicLink()) {
				const link = checkLink(top, root);
				if ('problem' in link) {
					problems.push(link.problem);
					continue;
				}
			}
		} catch {
			continue;
		}
		while (folders.length) {
			const folder = folders.pop()!;
			let entries;
			try {
				const real = realpathSync(folder);
				if (visited.has(real)) continue;
				visited.add(real);
				entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
			} catch {
				continue;
			}
			for (const entry of entries) {
				if (entry.name.startsWith('_')) continue;
				const path = join(folder, entry.name);
				let isFolder = entry.isDirectory();
				let isFile = entry.isFile();
				if (entry.isSymbolicLink()) {
					// A link that does not even look like an entry (`notes.txt → /etc/passwd`) is as ignored as a real file would be.
					const link = checkLink(path, root);
					if ('problem' in link) {
						if (entry.name.endsWith('.md') || !/\.[^.]+$/.test(entry.name)) problems.push(link.problem);
						continue;
					}
					const stats = statSync(link.target);
					isFolder = stats.isDirectory();
					isFile = stats.isFile();
				}
				if (isFolder) folders.push(path);
				else if (isFile && entry.name.endsWith('.md')) found.push(path);
				else if (isFile && MARKDOWN_LOOKALIKE.test(entry.name)) problems.push(notAnEntryName(path, entry.name));
			}
		}
		files.push(...found.sort().map((path) => entryFileOf(type, path)));
	}
	return { files, problems };
}

/** Every `*.md` entry file of every type (sub-folders allowed, `_`-prefixed names ignored, links leaving the folder left out), sorted by path. */
export function listEntryFiles(contentDir: string, types: readonly EntryType[] = TYPE_NAMES): EntryFile[] {
	return findEntryFiles(contentDir, types).files;
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
		if (!isInterfaceLanguage(file.translation!))
			problems.push({
				file: displayPath(file.path),
				line: 1,
				field: '',
				message: `"${file.translation}" is not a language of the site: name translations <slug>.<language>.md with one of ${INTERFACE_LANGUAGES.map((language) => language.code).join(', ')}`,
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
