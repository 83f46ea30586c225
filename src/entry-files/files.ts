/**
 * Finding and reading content files. The content folder is `content/` unless
 * `CONTENT_DIR` points elsewhere, so a separate content repository can be built
 * with the same code. Plain Node: shared by the build and the tools.
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import { globSync } from 'tinyglobby';
import { vocabularySchema, type Vocabularies } from '../schemas/vocabulary.ts';
import { ENTRY_TYPES, type EntryType } from '../entry-types/index.ts';
import { isSlug } from '../lib/routing/slugs.ts';

/** Absolute path of the content folder: `CONTENT_DIR` or `content/`, relative to `root`. */
export function resolveContentDir(root: string = process.cwd(), env: Record<string, string | undefined> = process.env): string {
	return resolve(root, env['CONTENT_DIR'] || 'content');
}

/** A content problem tied to a file and line, printed as `file:line: field: message`. */
export interface ContentProblem {
	/** File path, relative to the working directory when possible. */
	file: string;
	/** 1-based line. */
	line: number;
	/** Field path such as `links.0.url`, or '' for the file as a whole. */
	field: string;
	/** What is wrong and how to fix it. */
	message: string;
}

/** `content/news/x.md:3: date: must be …` */
export function formatProblem(problem: ContentProblem): string {
	return `${problem.file}:${problem.line}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}

/** A path for messages: relative to the working directory when inside it. */
export function displayPath(path: string): string {
	const rel = relative(process.cwd(), path);
	return rel && !rel.startsWith('..') ? rel : path;
}

/** Thrown when content cannot be published; `problems` lists every one found. */
export class ContentError extends Error {
	/** Every problem found. */
	readonly problems: ContentProblem[];
	constructor(problems: ContentProblem[]) {
		super(`${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
		this.name = 'ContentError';
		this.problems = problems;
	}
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

/** Loads the topic and region vocabularies from `<contentDir>/taxonomies/`. */
export function loadVocabularies(contentDir: string): Vocabularies {
	const load = (name: 'topics' | 'regions') => {
		const file = join(contentDir, 'taxonomies', `${name}.yaml`);
		let raw: unknown;
		try {
			raw = yaml.load(readUtf8(file), { schema: yaml.CORE_SCHEMA });
		} catch (error) {
			if (error instanceof ContentError) throw error;
			const code = (error as NodeJS.ErrnoException).code;
			const message = code === 'ENOENT' ? `missing: create it with a list of "- slug: …, label: …" terms` : `invalid YAML: ${(error as Error).message}`;
			throw new ContentError([{ file: displayPath(file), line: 1, field: '', message }]);
		}
		const result = vocabularySchema.safeParse(raw ?? []);
		if (!result.success) {
			throw new ContentError(result.error.issues.map((issue) => ({ file: displayPath(file), line: 1, field: issue.path.join('.'), message: issue.message })));
		}
		return result.data;
	};
	return { topics: load('topics'), regions: load('regions') };
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
export function listEntryFiles(contentDir: string, types: readonly EntryType[] = ENTRY_TYPES): EntryFile[] {
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
			problems.push({ file: displayPath(file.path), line: 1, field: '', message: `file name "${file.slug}.md" is not a slug: rename it with lowercase letters, digits and hyphens only` });
			continue;
		}
		const first = bySlug.get(file.slug);
		if (first) {
			problems.push({ file: displayPath(file.path), line: 1, field: '', message: `duplicate slug "${file.slug}": ${displayPath(first.path)} already uses it; rename one of the files` });
		} else bySlug.set(file.slug, file);
	}
	return problems;
}
