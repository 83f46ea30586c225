/**
 * The site's entry types, in the order the site shows them: each is a
 * content collection, a folder under `content/`, a section with its listing
 * and feeds, and a search filter value. See ./descriptor.ts.
 */
import type { z } from 'astro/zod';
import type { Vocabularies } from '../schemas/vocabulary.ts';
import type { EntryFacts } from './descriptor.ts';
import { events } from './events.ts';
import { news } from './news.ts';
import { publications } from './publications.ts';

export type { EntryFacts, EntryTypeDescriptor, TypeLabels } from './descriptor.ts';

export const ENTRY_TYPES = [news, events, publications] as const;

type Descriptors = (typeof ENTRY_TYPES)[number];

/** The name of an entry type: its collection and URL segment. */
export type EntryType = Descriptors['name'];

/** The descriptor of the type named `Name`. */
export type DescriptorOf<Name extends EntryType> = Extract<Descriptors, { name: Name }>;

/** The names of the types, in order. */
export const TYPE_NAMES = ENTRY_TYPES.map((type) => type.name) as EntryType[];

/** True when `value` names an entry type. */
export function isEntryType(value: string): value is EntryType {
	return (TYPE_NAMES as string[]).includes(value);
}

/** The descriptor of a type. */
export function entryType<Name extends EntryType>(name: Name): DescriptorOf<Name> {
	return ENTRY_TYPES.find((type) => type.name === name) as DescriptorOf<Name>;
}

/** The type a word names (`news`, `event`, `Publications`…), or undefined. */
export function findEntryType(word: string): EntryType | undefined {
	const lower = word.toLowerCase();
	return ENTRY_TYPES.find((type) => type.name === lower || type.aliases.includes(lower))?.name;
}

/** The scheduled types (listed upcoming first, offered as calendars). */
export const SCHEDULED_TYPES = ENTRY_TYPES.filter((type) => type.scheduled).map((type) => type.name);

/** The schema of every type, bound to the site's vocabularies: the one source of truth for the build and the tools. */
export function createEntrySchemas(vocabularies: Vocabularies): { [D in Descriptors as D['name']]: ReturnType<D['schema']> } {
	return Object.fromEntries(ENTRY_TYPES.map((type) => [type.name, type.schema(vocabularies)])) as never;
}

export type EntrySchemas = ReturnType<typeof createEntrySchemas>;

/** An entry's type-specific facts, whatever its type (the data is its type's, as validated). */
export function factsOf(type: EntryType, data: unknown): EntryFacts {
	return (entryType(type).facts as (data: z.output<z.ZodType>) => EntryFacts)(data);
}
