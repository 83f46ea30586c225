import { z } from 'astro/zod';
import { DEFAULT_LANG } from '../lib/routing/paths.ts';
import { isSlug } from '../lib/routing/slugs.ts';
import type { LocalizedText, Term } from '../lib/site/taxonomy.ts';
import { quote } from '../lib/text/quote.ts';
import { languageCode } from './language.ts';
import { listOf, text } from './text.ts';

/**
 * Text readers see, in one or several languages: either plain text (the
 * default language's) or `{ en: …, fr: … }`, which must have the default
 * language. Languages missing fall back to it.
 */
const localizedText = (what: string, options: { required?: boolean } = {}) => {
	const plain = text(what, options);
	const perLanguage = z.record(languageCode, text(what)).refine((texts) => DEFAULT_LANG in texts, {
		error: `needs the ${DEFAULT_LANG} text, which languages without their own fall back to`,
	});
	// The form written decides the rules, so each gets its own message (a union would only say "Invalid input").
	return z.unknown().transform((value, ctx): LocalizedText => {
		const result = value !== null && typeof value === 'object' ? perLanguage.safeParse(value) : plain.safeParse(value);
		if (!result.success) {
			for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
			return z.NEVER;
		}
		return typeof result.data === 'string' ? { [DEFAULT_LANG]: result.data } : result.data;
	});
};

/** One term of a controlled vocabulary (a topic, a region or a publication kind). */
export const termSchema = z.strictObject({
	/** URL slug used in entries' front matter and in the term's page address. */
	slug: z.string({ error: 'must be a slug written as text' }).refine(isSlug, {
		error: (issue) => `${quote(String(issue.input))} is not a slug: use lowercase letters, digits and single hyphens`,
	}),
	/** Name shown to readers: text, or text per language (`en: …`, `fr: …`). */
	label: localizedText('the name readers see', { required: true }),
	/** One-sentence description shown on the term's page, likewise. */
	description: localizedText('a one-sentence description').optional(),
	/** Slug of the broader term of the same file it is part of; its entries are listed there too. */
	within: z.string().optional(),
	/** Publication kinds: the schema.org type of their entries, such as Report or Book. */
	schemaType: z
		.string()
		.regex(/^[A-Z][A-Za-z]+$/, { error: 'must be a schema.org type name such as Report, Book or CreativeWork' })
		.optional(),
}) satisfies z.ZodType<Term, unknown>;

/** A vocabulary file: a list of terms with unique slugs, each `within` naming another term, without loops. */
export const vocabularySchema = listOf(termSchema, '- slug: smuggling-by-sea, then label: Smuggling by sea').superRefine((terms, ctx) => {
	const seen = new Set<string>();
	terms.forEach((term, index) => {
		if (seen.has(term.slug)) ctx.addIssue({ code: 'custom', path: [index, 'slug'], message: `duplicate slug ${quote(term.slug)}` });
		seen.add(term.slug);
	});
	const bySlug = new Map(terms.map((term) => [term.slug, term]));
	terms.forEach((term, index) => {
		if (term.within === undefined) return;
		if (!bySlug.has(term.within)) {
			ctx.addIssue({ code: 'custom', path: [index, 'within'], message: `no term has the slug "${term.within}": use the slug of a broader term in this file` });
			return;
		}
		const path = [term.slug];
		for (let up = bySlug.get(term.within); up; up = up.within ? bySlug.get(up.within) : undefined) {
			if (path.includes(up.slug)) {
				ctx.addIssue({
					code: 'custom',
					path: [index, 'within'],
					message: `${[...path, up.slug].join(' → ')} goes round in a loop: a term cannot be within itself`,
				});
				return;
			}
			path.push(up.slug);
		}
	});
});

export type { Term };

/** The controlled vocabularies entries are checked against, one file each in `content/taxonomies/`. */
export interface Vocabularies {
	/** Topics, from topics.yaml. */
	topics: Term[];
	/** Regions, from regions.yaml. */
	regions: Term[];
	/** Kinds of publication, from kinds.yaml. */
	kinds: Term[];
}

/** The vocabulary files, by the field they fill. */
export const VOCABULARY_FILES = ['topics', 'regions', 'kinds'] as const satisfies readonly (keyof Vocabularies)[];
