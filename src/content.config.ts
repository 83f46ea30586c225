/**
 * Content collections: one per entry type, read from `CONTENT_DIR` (default
 * `content/`) by the entries loader, with schemas bound to the vocabularies in
 * `content/taxonomies/`.
 */
import { defineCollection } from 'astro:content';
import { loadVocabularies, resolveContentDir } from './entry-files/files.ts';
import { entriesLoader } from './loaders/entries.ts';
import { createEntrySchemas } from './schemas/index.ts';

const contentDir = resolveContentDir();
const schemas = createEntrySchemas(loadVocabularies(contentDir));

export const collections = {
	news: defineCollection({ loader: entriesLoader({ type: 'news', contentDir, schemas }), schema: schemas.news }),
	events: defineCollection({ loader: entriesLoader({ type: 'events', contentDir, schemas }), schema: schemas.events }),
	publications: defineCollection({ loader: entriesLoader({ type: 'publications', contentDir, schemas }), schema: schemas.publications }),
};
