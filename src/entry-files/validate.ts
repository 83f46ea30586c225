/**
 * Validates one entry file against its type's schema and returns the data or
 * every problem as `file:line: field: message`, with warnings about what is
 * published but probably not meant (a future date, a body link the page
 * leaves out). Used by the content loader and by `npm run check:content`
 * (both through ./check.ts), so both judge content the same way.
 */
import { entryType, type EntrySchemas, type EntryType } from '../entry-types/index.ts';
import { checkBody } from '../lib/markdown/body-checks.ts';
import { characterName, findForbiddenCharacter, forbiddenCharactersIn } from '../lib/text/characters.ts';
import { quote } from '../lib/text/quote.ts';
import type { ContentProblem } from './problems.ts';
import { FrontMatterError, lineOfField, parseEntryFile, type ParsedEntryFile } from './front-matter.ts';

export type EntryValidation =
	{ ok: true; data: Record<string, unknown>; body: string; warnings: ContentProblem[] } | { ok: false; problems: ContentProblem[]; warnings: ContentProblem[] };

/** Fields the loader fills in; authors may not write them. */
const COMPUTED_FIELDS: Record<string, string> = {
	excerpt: 'is computed by the site and cannot be set; write a "summary" instead',
	bodyFile: 'is computed by the site and cannot be set; remove it',
	translationOf: 'is computed by the site and cannot be set: a translation is a file named <slug>.<language>.md beside its original',
};

const forbiddenMessage = (char: string, where: string) =>
	`contains ${characterName(char)}${where}; feeds and calendars cannot carry it: replace it with a space or a new line`;

/** Every character of the file that no output may carry, one problem per line (before parsing: YAML would refuse them less clearly). */
function rawCharacterProblems(source: string, file: string, bodyStart: number): ContentProblem[] {
	if (!findForbiddenCharacter(source)) return [];
	const problems: ContentProblem[] = [];
	source.split('\n').forEach((text, index) => {
		const found = findForbiddenCharacter(text);
		if (found)
			problems.push({
				file,
				line: index + 1,
				field: index + 1 >= bodyStart ? 'body' : '',
				message: forbiddenMessage(found.char, ` at column ${found.index + 1}`),
			});
	});
	return problems;
}

/** Forbidden characters in parsed values (YAML escapes such as "\v" make them from plain text). */
function valueCharacterProblems(data: unknown, source: string, file: string): ContentProblem[] {
	return forbiddenCharactersIn(data).map(({ path, char }) => ({
		file,
		line: lineOfField(source, path),
		field: path.join('.'),
		message: forbiddenMessage(char, ''),
	}));
}

/** The characters of a parsed file that no output may carry, in its text or in the values YAML made of it. */
export function characterProblems(source: string, file: string, parsed: ParsedEntryFile): ContentProblem[] {
	const raw = rawCharacterProblems(source, file, parsed.bodyLine);
	return raw.length ? raw : valueCharacterProblems(parsed.data, source, file);
}

/** The body's problems (nesting too deep) and warnings (links the page leaves out), at their lines in the file. */
export function bodyChecks(parsed: ParsedEntryFile, file: string): { problems: ContentProblem[]; warnings: ContentProblem[] } {
	const body = checkBody(parsed.body);
	const atBody = ({ line, message }: { line: number; message: string }): ContentProblem => ({ file, line: parsed.bodyLine + line - 1, field: 'body', message });
	return { problems: body.problems.map(atBody), warnings: body.warnings.map(atBody) };
}

/** Options of a validation: the slugs `related` may name, and the build's "today" for future-date warnings. */
export interface ValidateOptions {
	knownSlugs?: ReadonlySet<string> | undefined;
	/** YYYY-MM-DD; a posting date after it gets a warning. */
	today?: string | undefined;
}

/**
 * The checks of a valid original that depend on more than its own text: its `related` slugs against the other
 * entries', and its date against the build's today. Run on every build, also for a file whose verdict is kept (./verdicts.ts).
 */
export function contextChecks(
	type: EntryType,
	data: Record<string, unknown>,
	source: string,
	file: string,
	{ knownSlugs, today }: ValidateOptions,
): { problems: ContentProblem[]; warnings: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const warnings: ContentProblem[] = [];
	if (knownSlugs) {
		(data['related'] as string[]).forEach((slug, index) => {
			if (!knownSlugs.has(slug))
				problems.push({
					file,
					line: lineOfField(source, ['related', index]),
					field: `related.${index}`,
					message: `no entry has the slug ${quote(slug)}: use the file name (without .md) of an existing entry`,
				});
		});
	}
	if (today && (data['date'] as string) > today) {
		warnings.push({
			file,
			line: lineOfField(source, ['date']),
			field: 'date',
			message: `${data['date'] as string} is in the future (the build's today is ${today}): the entry is published now, first in every listing and feed; check the posting date${entryType(type).scheduled ? ' (the days it takes place go in startDate and endDate)' : ''}`,
		});
	}
	return { problems, warnings };
}

/** Validates an entry's source text; `file` is used only in messages. */
export function validateEntry(
	schemas: EntrySchemas,
	type: EntryType,
	source: string,
	file: string,
	knownSlugsOrOptions?: ReadonlySet<string> | ValidateOptions,
): EntryValidation {
	const options: ValidateOptions =
		knownSlugsOrOptions instanceof Set ? { knownSlugs: knownSlugsOrOptions } : ((knownSlugsOrOptions as ValidateOptions | undefined) ?? {});
	const warnings: ContentProblem[] = [];
	let parsed;
	try {
		parsed = parseEntryFile(source);
	} catch (error) {
		if (!(error instanceof FrontMatterError)) throw error;
		const raw = rawCharacterProblems(source, file, Number.MAX_SAFE_INTEGER);
		return { ok: false, problems: raw.length ? raw : [{ file, line: error.line, field: error.field, message: error.message }], warnings };
	}
	const problems: ContentProblem[] = characterProblems(source, file, parsed);
	for (const [field, message] of Object.entries(COMPUTED_FIELDS)) {
		if (field in parsed.data) problems.push({ file, line: lineOfField(source, [field]), field, message });
	}
	const result = schemas[type].safeParse(parsed.data);
	if (!result.success) {
		for (const issue of result.error.issues) {
			const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
			const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
			if (keys.length) {
				for (const key of keys)
					problems.push({
						file,
						line: lineOfField(source, [...path, key]),
						field: [...path, key].join('.'),
						message: `unknown field: remove it or check its spelling`,
					});
			} else {
				problems.push({ file, line: lineOfField(source, path), field: path.join('.'), message: issue.message });
			}
		}
	}
	if (result.success) {
		const context = contextChecks(type, result.data as Record<string, unknown>, source, file, options);
		problems.push(...context.problems);
		warnings.push(...context.warnings);
	}
	const body = bodyChecks(parsed, file);
	problems.push(...body.problems);
	warnings.push(...body.warnings);
	if (problems.length || !result.success) return { ok: false, problems, warnings };
	return { ok: true, data: result.data as Record<string, unknown>, body: parsed.body, warnings };
}
