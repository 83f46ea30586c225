/**
 * Validates one entry file against its type's schema and returns the data or
 * every problem as `file:line: field: message`. Used by the content loader and
 * by `npm run check:content`, so both judge content the same way.
 */
import type { EntrySchemas, EntryType } from '../entry-types/index.ts';
import type { ContentProblem } from './problems.ts';
import { FrontMatterError, lineOfField, parseEntryFile } from './front-matter.ts';

export type EntryValidation = { ok: true; data: Record<string, unknown>; body: string } | { ok: false; problems: ContentProblem[] };

/** Fields the loader fills in; authors may not write them. */
const COMPUTED_FIELDS: Record<string, string> = {
	excerpt: 'is computed by the site and cannot be set; write a "summary" instead',
	bodyFile: 'is computed by the site and cannot be set; remove it',
	translationOf: 'is computed by the site and cannot be set: a translation is a file named <slug>.<language>.md beside its original',
};

/** Validates an entry's source text; `file` is used only in messages. */
export function validateEntry(schemas: EntrySchemas, type: EntryType, source: string, file: string, knownSlugs?: ReadonlySet<string>): EntryValidation {
	let parsed;
	try {
		parsed = parseEntryFile(source);
	} catch (error) {
		if (error instanceof FrontMatterError) return { ok: false, problems: [{ file, line: error.line, field: '', message: error.message }] };
		throw error;
	}
	const problems: ContentProblem[] = [];
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
	if (result.success && knownSlugs) {
		(result.data.related as string[]).forEach((slug, index) => {
			if (!knownSlugs.has(slug))
				problems.push({
					file,
					line: lineOfField(source, ['related', index]),
					field: `related.${index}`,
					message: `no entry has the slug "${slug}": use the file name (without .md) of an existing entry`,
				});
		});
	}
	if (problems.length || !result.success) return { ok: false, problems };
	return { ok: true, data: result.data as Record<string, unknown>, body: parsed.body };
}
