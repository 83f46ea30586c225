/**
 * The one check of a content folder, run by the build (the entries loader)
 * and by `npm run check:content`: the same files (./files.ts), the same slug
 * rules, the same validation of front matter and bodies (./validate.ts) and
 * of translations against their originals (./translations.ts), so both give
 * the same verdicts and list every problem of every type at once.
 */
import type { EntrySchemas, EntryType } from '../entry-types/index.ts';
import { checkSlugs, findEntryFiles, readUtf8, type EntryFile } from './files.ts';
import { quote } from '../lib/text/quote.ts';
import { lineOfField } from './front-matter.ts';
import { bodyImageProblems, imageFileProblems } from './images.ts';
import { ContentError, displayPath, type ContentProblem } from './problems.ts';
import { originalsFirst, validateEntryFile, type OriginalEntry } from './translations.ts';
import { contextChecks, type EntryValidation, type ValidateOptions } from './validate.ts';
import { verdictKey, type Verdicts } from './verdicts.ts';

/** A valid entry, ready to render. */
export interface CheckedEntry {
	file: EntryFile;
	/** Its id in the collection: the slug, or `<slug>.<lang>` for a translation. */
	id: string;
	/** The path shown in messages. */
	name: string;
	/** What its data is made from (a translation's includes its original's source), for the cache digest. */
	source: string;
	data: Record<string, unknown>;
	body: string;
}

export interface ContentCheck {
	/** How many entry files were found. */
	count: number;
	/** Valid entries, by type. */
	entries: Map<EntryType, CheckedEntry[]>;
	problems: ContentProblem[];
	/** Published anyway, but worth a look (a future date, a body link left out). */
	warnings: ContentProblem[];
}

/**
 * Validates one file as validateEntryFile does, taking a kept verdict (./verdicts.ts) in place of judging its text
 * again: only the checks that depend on other files or the day are run on it. A file whose text has a problem is
 * judged whole, so that its problems come as the check without a cache gives them.
 */
function judge(
	schemas: EntrySchemas,
	file: EntryFile,
	source: string,
	name: string,
	options: ValidateOptions,
	originals: Map<string, OriginalEntry>,
	verdicts: Verdicts,
	keys: Map<string, string>,
): EntryValidation | undefined {
	const typeSlug = `${file.type}/${file.slug}`;
	if (file.translation && !originals.has(typeSlug)) return undefined;
	// A translation's verdict is drawn from its original's text too.
	const key = verdictKey(file, source, file.translation ? keys.get(typeSlug) : '');
	const kept = verdicts.previous.get(key);
	let text: EntryValidation;
	if (kept) {
		text = { ok: true, data: kept.data, body: source.slice(kept.bodyStart), warnings: kept.warnings.map((warning) => ({ file: name, ...warning })) };
		if (!file.translation) originals.set(typeSlug, { data: kept.data, file: name });
	} else text = validateEntryFile(schemas, file, source, name, {}, originals)!;
	if (!text.ok) return file.translation ? text : validateEntryFile(schemas, file, source, name, options, originals);
	verdicts.current.set(key, {
		data: text.data,
		bodyStart: source.length - text.body.length,
		warnings: text.warnings.map(({ file: _, ...warning }) => warning),
	});
	if (file.translation) return text;
	keys.set(typeSlug, key);
	const context = contextChecks(file.type, text.data, source, name, options);
	const warnings = [...context.warnings, ...text.warnings];
	if (!context.problems.length) return { ...text, warnings };
	originals.delete(typeSlug);
	keys.delete(typeSlug);
	return { ok: false, problems: context.problems, warnings };
}

/**
 * What a published original's `related` may not name, once every entry is read: the entry itself, or a draft. The page
 * would leave either out without a word, and the data API would publish the draft's slug.
 */
function relatedPublishedProblems(entries: ReadonlyMap<EntryType, readonly CheckedEntry[]>, sources: ReadonlyMap<string, string>): ContentProblem[] {
	const originals = [...entries.values()].flat().filter((entry) => !entry.file.translation);
	const drafts = new Set(originals.filter((entry) => entry.data['draft'] === true).map((entry) => entry.file.slug));
	return originals
		.filter((entry) => entry.data['draft'] !== true)
		.flatMap((entry) =>
			((entry.data['related'] as string[] | undefined) ?? []).flatMap((slug, index) => {
				const message =
					slug === entry.file.slug
						? `names this entry itself: remove ${quote(slug)} from the list`
						: drafts.has(slug)
							? `${quote(slug)} is a draft, which the site does not publish: remove it from the list, or publish it first (draft: false in its file)`
							: undefined;
				const source = sources.get(`${entry.file.type}/${entry.file.slug}`) ?? '';
				return message ? [{ file: entry.name, line: lineOfField(source, ['related', index]), field: `related.${index}`, message }] : [];
			}),
		);
}

/**
 * Checks every entry of `contentDir` against `schemas`; `today` (YYYY-MM-DD) turns on future-date warnings.
 * With `verdicts`, the build's, a file judged valid before with the same text is not judged again (./verdicts.ts).
 * `onEntry` is told of each valid entry as soon as it is checked (the build starts rendering it).
 */
export function checkContent(
	contentDir: string,
	schemas: EntrySchemas,
	today?: string,
	verdicts?: Verdicts,
	onEntry?: (entry: CheckedEntry) => void,
): ContentCheck {
	const { files, problems } = findEntryFiles(contentDir);
	problems.push(...checkSlugs(files));
	const warnings: ContentProblem[] = [];
	const entries = new Map<EntryType, CheckedEntry[]>();
	const knownSlugs = new Set(files.map((file) => file.slug));
	const originals = new Map<string, OriginalEntry>();
	const sources = new Map<string, string>();
	const keys = new Map<string, string>();
	for (const file of originalsFirst(files)) {
		const name = displayPath(file.path);
		let source: string;
		try {
			source = readUtf8(file.path);
		} catch (error) {
			if (!(error instanceof ContentError)) throw error;
			problems.push(...error.problems);
			continue;
		}
		const result = verdicts
			? judge(schemas, file, source, name, { knownSlugs, today }, originals, verdicts, keys)
			: validateEntryFile(schemas, file, source, name, { knownSlugs, today }, originals);
		// A translation of a missing or broken original is not checked: the original's problem is reported.
		if (!result) continue;
		warnings.push(...result.warnings);
		if (!result.ok) {
			problems.push(...result.problems);
			continue;
		}
		// The body is the end of the file (gray-matter keeps it as written).
		const bodyLine = source.slice(0, source.length - result.body.length).split('\n').length;
		const imageProblems = [
			...imageFileProblems(result.data, file.path, source, name, contentDir),
			...bodyImageProblems(result.body, bodyLine, file.path, name, contentDir),
		];
		if (imageProblems.length) {
			problems.push(...imageProblems);
			continue;
		}
		const key = `${file.type}/${file.slug}`;
		if (!file.translation) sources.set(key, source);
		const list = entries.get(file.type) ?? [];
		const entry: CheckedEntry = {
			file,
			id: file.translation ? `${file.slug}.${file.translation}` : file.slug,
			name,
			source: file.translation ? `${sources.get(key)}\n${source}` : source,
			data: result.data,
			body: result.body,
		};
		list.push(entry);
		entries.set(file.type, list);
		onEntry?.(entry);
	}
	problems.push(...relatedPublishedProblems(entries, sources));
	return { count: files.length, entries, problems, warnings };
}
