import { z } from 'astro/zod';
import { isSlug } from '../lib/routing/slugs.ts';
import { calendarDate } from './calendar-date.ts';
import { imageSchema } from './image.ts';
import { languageCode } from './language.ts';
import { linkSchema } from './link.ts';
import { quote } from '../lib/text/quote.ts';
import { listOf, text, yesNo } from './text.ts';
import type { Term } from './vocabulary.ts';

/** A list of slugs that must all come from `terms` (kept in `file`). */
const termList = (terms: readonly Term[], kind: string, file: string) => {
	const known = new Set(terms.map((term) => term.slug));
	return listOf(
		z.string({ error: `must be a ${kind} slug written as text` }).refine((slug) => known.has(slug), {
			error: (issue) => `unknown ${kind} ${quote(String(issue.input))}: use one of ${[...known].join(', ')} (or add it to ${file})`,
		}),
		`[${[...known].slice(0, 2).join(', ') || `a-${kind}`}]`,
	).default([]);
};

/** Fields every entry has, whatever its type. */
export const entryFields = (vocabularies: { topics: readonly Term[]; regions: readonly Term[] }) => ({
	/** Headline, shown as the page's only h1. */
	title: text('a title', { required: true, hint: 'put the title in quotes' }),
	/** Posting date, YYYY-MM-DD. */
	date: calendarDate('posting date'),
	/** Short summary for listings; without it, listings show an excerpt of the body. */
	summary: text('a summary').optional(),
	/** Language of the entry (ISO 639-1); the page's `lang`. */
	lang: languageCode.default('en'),
	/** Topic slugs from content/taxonomies/topics.yaml. */
	topics: termList(vocabularies.topics, 'topic', 'content/taxonomies/topics.yaml'),
	/** Region slugs from content/taxonomies/regions.yaml. */
	regions: termList(vocabularies.regions, 'region', 'content/taxonomies/regions.yaml'),
	/** Read-more and download links. */
	links: listOf(linkSchema, '[{ label: Read more, url: "https://…" }], one "- label: … url: …" item per link').default([]),
	/** Photo, with alt text and credit. */
	image: imageSchema.optional(),
	/** Slugs of related entries of any type, shown first under "Related". */
	related: listOf(
		z
			.string({ error: 'must be the slug (file name without .md) of another entry' })
			.refine(isSlug, { error: 'must be the slug (file name without .md) of another entry' }),
		'[slug-of-another-entry]',
	).default([]),
	/** Drafts are validated but never published. */
	draft: yesNo('draft').default(false),
	/** Plain-text excerpt of the body, filled in by the content loader; do not write it. */
	excerpt: z.string().default(''),
	/** Where the content loader keeps the rendered body (src/lib/build-cache/body-files.ts); do not write it. */
	bodyFile: z.string().default(''),
	/** Translations only: the slug of the original, filled in by the content loader; do not write it. */
	translationOf: z.string().optional(),
});
