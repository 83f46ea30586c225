import type { EntryType } from '../entry-types/index.ts';
import { eventSchema } from './event.ts';
import { newsSchema } from './news.ts';
import { publicationSchema } from './publication.ts';
import type { Vocabularies } from './vocabulary.ts';

export type { Term, Vocabularies } from './vocabulary.ts';

/** The schema of each entry type, bound to the site's vocabularies: the one source of truth for the build and the tools. */
export function createEntrySchemas(vocabularies: Vocabularies) {
	return {
		news: newsSchema(vocabularies),
		events: eventSchema(vocabularies),
		publications: publicationSchema(vocabularies),
	} satisfies Record<EntryType, unknown>;
}

export type EntrySchemas = ReturnType<typeof createEntrySchemas>;
