import { z } from 'astro/zod';
import { isSlug } from '../lib/routing/slugs.ts';
import type { Term } from '../lib/site/taxonomy.ts';
import { quote } from '../lib/text/quote.ts';
import { listOf, text } from './text.ts';

/** One term of a controlled vocabulary (a topic or a region). */
export const termSchema = z.strictObject({
	/** URL slug used in entries' front matter and in the term's page address. */
	slug: z.string({ error: 'must be a slug written as text' }).refine(isSlug, {
		error: (issue) => `${quote(String(issue.input))} is not a slug: use lowercase letters, digits and single hyphens`,
	}),
	/** Name shown to readers. */
	label: text('the name readers see', { required: true }),
	/** One-sentence description shown on the term's page. */
	description: text('a one-sentence description').optional(),
}) satisfies z.ZodType<Term>;

/** A vocabulary file: a list of terms with unique slugs. */
export const vocabularySchema = listOf(termSchema, '- slug: smuggling-by-sea, then label: Smuggling by sea').superRefine((terms, ctx) => {
	const seen = new Set<string>();
	terms.forEach((term, index) => {
		if (seen.has(term.slug)) ctx.addIssue({ code: 'custom', path: [index, 'slug'], message: `duplicate slug ${quote(term.slug)}` });
		seen.add(term.slug);
	});
});

export type { Term };

/** The controlled vocabularies entries are checked against. */
export interface Vocabularies {
	/** Topics, from content/taxonomies/topics.yaml. */
	topics: Term[];
	/** Regions, from content/taxonomies/regions.yaml. */
	regions: Term[];
}
