import { z } from 'astro/zod';
import { isSlug } from '../lib/routing/slugs.ts';
import type { Term } from '../lib/site/taxonomy.ts';

/** One term of a controlled vocabulary (a topic or a region). */
export const termSchema = z.strictObject({
	/** URL slug used in entries' front matter and in the term's page address. */
	slug: z.string().refine(isSlug, { error: 'must be a slug: lowercase letters, digits and single hyphens' }),
	/** Name shown to readers. */
	label: z.string().trim().min(1),
	/** One-sentence description shown on the term's page. */
	description: z.string().trim().min(1).optional(),
	/** Slug of the broader term of the same file it is part of; its entries are listed there too. */
	within: z.string().optional(),
}) satisfies z.ZodType<Term>;

/** A vocabulary file: a list of terms with unique slugs, each `within` naming another term, without loops. */
export const vocabularySchema = z.array(termSchema).superRefine((terms, ctx) => {
	const seen = new Set<string>();
	terms.forEach((term, index) => {
		if (seen.has(term.slug)) ctx.addIssue({ code: 'custom', path: [index, 'slug'], message: `duplicate slug "${term.slug}"` });
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

/** The controlled vocabularies entries are checked against. */
export interface Vocabularies {
	/** Topics, from content/taxonomies/topics.yaml. */
	topics: Term[];
	/** Regions, from content/taxonomies/regions.yaml. */
	regions: Term[];
}
