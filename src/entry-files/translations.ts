/**
 * Translations of entries. A translation is a file beside its original named
 * `<slug>.<lang>.md` (`model-law….fr.md`); the shared slug is the
 * translation key. It carries what is written in words: the title, summary
 * and body, the type's own text fields (a dateline, a location), the image's
 * alt text and caption, the labels of links and downloads. Every shared fact
 * (dates, topics, regions, related entries, link targets, files, kinds)
 * lives in the original only: repeating one is allowed only with the same
 * value. The result is the original with the translated fields in its place,
 * checked by the type's own schema, so a translation is valid exactly when
 * the entry it makes would be.
 */
import { isDeepStrictEqual } from 'node:util';
import { entryType, type EntrySchemas, type EntryType } from '../entry-types/index.ts';
import { FrontMatterError, lineOfField, parseEntryFile } from './front-matter.ts';
import type { ContentProblem } from './problems.ts';
import { bodyChecks, characterProblems, validateEntry, type EntryValidation, type ValidateOptions } from './validate.ts';
import { DEFAULT_LANG } from '../lib/routing/paths.ts';
import { isInterfaceLanguage } from '../translations/index.ts';

/** Fields every type's translations carry, translated. */
const TRANSLATABLE = ['title', 'summary', 'image', 'links'] as const;

/** Fields of a list or object whose items a translation may relabel, and which of their keys are words. */
const WORDS_IN: Record<string, readonly string[]> = { image: ['alt', 'caption'], links: ['label'], files: ['label'] };

/** Fields only a translation has: whether it is still being written. */
const OWN = ['draft'];

/**
 * Whether a translation of an entry of `type` writes the field at `path`
 * (`title`, `links.label`, `image.src`) in its own language: a translated
 * field, a word of a translated list or object, or a translation's own
 * field (`draft`). Any other field is a shared fact, kept in the original.
 * The browser editor's configuration follows it (src/data/admin.ts).
 */
export function isWrittenInTranslation(type: EntryType, path: string): boolean {
	const [field = '', key, ...deeper] = path.split('.');
	const translated = (TRANSLATABLE as readonly string[]).includes(field) || entryType(type).translatable.includes(field) || OWN.includes(field);
	if (key === undefined) return translated;
	return translated && deeper.length === 0 && (WORDS_IN[field]?.includes(key) ?? false);
}

/** What the content loader knows of a valid original. */
export interface OriginalEntry {
	/** Its validated data (defaults applied). */
	data: Record<string, unknown>;
	/** Its file, for messages. */
	file: string;
}

/** The translated value of `field`: `value` written over the original's (items by position for lists). */
function overlay(field: string, original: unknown, value: unknown, problem: (path: (string | number)[], message: string) => void): unknown {
	const words = WORDS_IN[field];
	if (!words) return value;
	const allowedKeys = (item: Record<string, unknown>, base: Record<string, unknown>, path: (string | number)[]) => {
		for (const [key, given] of Object.entries(item)) {
			if (!words.includes(key) && !isDeepStrictEqual(given, base[key]))
				problem(
					[...path, key],
					`is a shared fact, kept in the original: remove it here (only ${words.join(' and ')} ${words.length > 1 ? 'are' : 'is'} translated)`,
				);
		}
		return { ...base, ...Object.fromEntries(Object.entries(item).filter(([key]) => words.includes(key))) };
	};
	if (Array.isArray(original)) {
		if (!Array.isArray(value)) {
			problem([], `must be a list like the original's, each item giving its ${words.join(', ')} in this language`);
			return original;
		}
		if (value.length !== original.length) {
			problem([], `has ${value.length} item(s) but the original has ${original.length}: translate each one, in the original's order`);
			return original;
		}
		return original.map((base, index) =>
			value[index] && typeof value[index] === 'object' ? allowedKeys(value[index] as Record<string, unknown>, base as Record<string, unknown>, [index]) : base,
		);
	}
	if (!original || typeof original !== 'object') {
		problem([], 'the original has none: add it to the original first');
		return original;
	}
	if (!value || typeof value !== 'object') {
		problem([], `must give the ${words.join(' and ')} in this language`);
		return original;
	}
	return allowedKeys(value as Record<string, unknown>, original as Record<string, unknown>, []);
}

/**
 * Validates a translation of `original` into `lang`; on success its data is
 * the translated entry (the original's facts, this file's words, `lang` and
 * `translationOf` set), as the type's schema gives it.
 */
export function validateTranslation(
	schemas: EntrySchemas,
	type: EntryType,
	slug: string,
	lang: string,
	original: OriginalEntry,
	source: string,
	file: string,
): EntryValidation {
	let parsed;
	try {
		parsed = parseEntryFile(source);
	} catch (error) {
		if (error instanceof FrontMatterError)
			return { ok: false, problems: [{ file, line: error.line, field: error.field, message: error.message }], warnings: [] };
		throw error;
	}
	const problems: ContentProblem[] = characterProblems(source, file, parsed);
	const at = (path: (string | number)[], message: string) => problems.push({ file, line: lineOfField(source, path), field: path.join('.'), message });
	if (original.data['lang'] === lang) at([], `is in ${lang}, the language of its original ${original.file}: a translation is into another language`);
	// Whichever languages a deployment builds (SITE_LANGUAGES): content is valid or not in all of them.
	else if (!isInterfaceLanguage(String(original.data['lang'])) && lang === DEFAULT_LANG)
		at(
			[],
			`the original ${original.file} is in ${String(original.data['lang'])}, which the site has no pages for, so it is published at the ${lang} address: a ${lang} translation would take its place`,
		);
	const translatable = new Set<string>([...TRANSLATABLE, ...entryType(type).translatable]);
	const merged: Record<string, unknown> = { ...original.data };
	for (const [field, value] of Object.entries(parsed.data)) {
		if (OWN.includes(field)) continue;
		if (field === 'lang') {
			if (value !== lang) at([field], `says ${JSON.stringify(value)} but the file name says ${lang}: remove the field (the file name gives the language)`);
			continue;
		}
		if (translatable.has(field)) {
			merged[field] = overlay(field, original.data[field], value, (path, message) => at([field, ...path], message));
			continue;
		}
		if (!(field in original.data) && !(field in schemas[type].shape)) at([field], 'unknown field: remove it or check its spelling');
		else if (!isDeepStrictEqual(value, original.data[field]))
			at([field], `is a shared fact, kept in the original ${original.file}: remove it here, or change it there`);
	}
	if (!('title' in parsed.data)) at([], 'required: add the title in this language (title: …)');
	if (!parsed.body.trim()) problems.push({ file, line: parsed.bodyLine, field: 'body', message: 'required: write the translated text under the front matter' });
	merged['lang'] = lang;
	merged['draft'] = original.data['draft'] === true || parsed.data['draft'] === true;
	for (const computed of ['excerpt', 'bodyFile', 'translationOf']) delete merged[computed];
	const result = schemas[type].safeParse(merged);
	if (!result.success) {
		for (const issue of result.error.issues) {
			const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
			at(path, issue.message);
		}
	}
	const body = bodyChecks(parsed, file);
	problems.push(...body.problems);
	if (problems.length || !result.success) return { ok: false, problems, warnings: body.warnings };
	return { ok: true, data: { ...(result.data as Record<string, unknown>), translationOf: slug }, body: parsed.body, warnings: body.warnings };
}

/** Entry files in the order they are validated: originals first, so that each translation finds its original. */
export function originalsFirst<F extends { translation?: string | undefined }>(files: readonly F[]): F[] {
	return [...files].sort((a, b) => Number(Boolean(a.translation)) - Number(Boolean(b.translation)));
}

/**
 * Validates one entry file of either kind, as the build and `npm run
 * check:content` both do: an original against its type's schema, a
 * translation against its original, which `originals` holds once valid
 * (a translation of a missing or broken original is left out: the original's
 * problem is reported). Records each valid original in `originals`.
 */
export function validateEntryFile(
	schemas: EntrySchemas,
	file: { type: EntryType; slug: string; translation?: string | undefined },
	source: string,
	name: string,
	options: ValidateOptions,
	originals: Map<string, OriginalEntry>,
): EntryValidation | undefined {
	if (file.translation) {
		const original = originals.get(`${file.type}/${file.slug}`);
		return original && validateTranslation(schemas, file.type, file.slug, file.translation, original, source, name);
	}
	const result = validateEntry(schemas, file.type, source, name, options);
	if (result.ok) originals.set(`${file.type}/${file.slug}`, { data: result.data, file: name });
	return result;
}
