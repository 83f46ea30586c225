import { z } from 'astro/zod';
import { isSlug } from '../lib/routing/slugs.ts';
import { calendarDate } from './calendar-date.ts';
import { imageSchema } from './image.ts';
import { languageCode } from './language.ts';
import { linkSchema } from './link.ts';
import type { Term } from './vocabulary.ts';

/** A list of slugs that must all come from `terms` (kept in `file`). */
const termList = (terms: readonly Term[], kind: string, file: string) => {
	const known = new Set(terms.map((term) => term.slug));
	return z
		.array(
			z.string().refine((slug) => known.has(slug), {
				error: (issue) => `unknown ${kind} ${JSON.stringify(issue.input)}: use one of ${[...known].join(', ')} (or add it to ${file})`,
			}),
		)
		.default([]);
};

/** Fields every entry has, whatever its type. */
export const entryFields = (vocabularies: { topics: readonly Term[]; regions: readonly Term[] }) => ({
	/** Headline, shown as the page's only h1. */
	title: z
		.string({
			error: (issue) =>
				issue.input === undefined || issue.input === null
					? 'required: add a title'
					: `must be text, got ${JSON.stringify(issue.input)}: put the title in quotes`,
		})
		.trim()
		.min(1, { error: 'required: the title cannot be empty' }),
	/** Posting date, YYYY-MM-DD. */
	date: calendarDate('posting date'),
	/** Short summary for listings; without it, listings show an excerpt of the body. */
	summary: z.string().trim().min(1).optional(),
	/** Language of the entry (ISO 639-1); the page's `lang`. */
	lang: languageCode.default('en'),
	/** Topic slugs from content/taxonomies/topics.yaml. */
	topics: termList(vocabularies.topics, 'topic', 'content/taxonomies/topics.yaml'),
	/** Region slugs from content/taxonomies/regions.yaml. */
	regions: termList(vocabularies.regions, 'region', 'content/taxonomies/regions.yaml'),
	/** Read-more and download links. */
	links: z.array(linkSchema).default([]),
	/** Photo, with alt text and credit. */
	image: imageSchema.optional(),
	/** Slugs of related entries of any type, shown first under "Related". */
	related: z.array(z.string().refine(isSlug, { error: 'must be the slug (file name without .md) of another entry' })).default([]),
	/** Drafts are validated but never published. */
	draft: z.boolean().default(false),
	/** Plain-text excerpt of the body, filled in by the content loader; do not write it. */
	excerpt: z.string().default(''),
	/** Where the content loader keeps the rendered body (src/lib/build-cache/body-files.ts); do not write it. */
	bodyFile: z.string().default(''),
	/** Translations only: the slug of the original, filled in by the content loader; do not write it. */
	translationOf: z.string().optional(),
});
