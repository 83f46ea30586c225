/**
 * Content collections: one per entry type (src/entry-types/), read from
 * `CONTENT_DIR` (default `content/`) by the entries loader, with schemas
 * bound to the vocabularies in `content/taxonomies/`.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { resolveContentDir } from './entry-files/files.ts';
import { loadVocabularies } from './entry-files/vocabularies.ts';
import { createEntrySchemas, ENTRY_TYPES, type EntrySchemas } from './entry-types/index.ts';
import { entriesLoader } from './loaders/entries.ts';

const contentDir = resolveContentDir();
const schemas = createEntrySchemas(loadVocabularies(contentDir));

/** Each type's collection, typed by its own schema (Astro infers entries' data from it). */
type Collections = { [Name in keyof EntrySchemas]: { loader: Loader; schema: EntrySchemas[Name] } };

export const collections = Object.fromEntries(
	ENTRY_TYPES.map(({ name }) => [name, defineCollection({ loader: entriesLoader({ type: name, contentDir, schemas }), schema: schemas[name] })]),
) as Collections;
