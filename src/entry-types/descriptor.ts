/**
 * What the site knows about an entry type, as data: its collection and
 * schema, its URL segment and labels, how it is listed, shown, fed and
 * described to search engines, and its `npm run new` template. Pages,
 * feeds, search and the tools loop over the descriptors (./index.ts);
 * adding a type means adding a descriptor.
 */
import type { z } from 'astro/zod';
import type { EntryFile } from '../schemas/link.ts';
import type { Vocabularies } from '../schemas/vocabulary.ts';

/** Reader-facing labels of a type in one interface language. */
export interface TypeLabels {
	/** One entry: "Event"; also the label on its cards. */
	one: string;
	/** The section: "Events" (navigation, headings, feeds). */
	other: string;
	/** One sentence under the section's heading. */
	intro: string;
	/** Link to the whole section from the home page: "All events". */
	all: string;
	/** Heading of the type's column on the home page: "Latest news". */
	latest: string;
	/** Link from the listing to search within the type, when offered: "Search publications". */
	search?: string;
	/** Scheduled types: heading of entries still to come, "Upcoming events". */
	upcoming?: string;
	/** Scheduled types: heading of entries that took place, "Past events". */
	past?: string;
	/** Scheduled types: what the listing says when nothing is to come. */
	noneUpcoming?: string;
}

/**
 * What generic code needs of an entry beyond the fields every type has,
 * read from its data by the type's `facts`: the one place that knows which
 * type has which field.
 */
export interface EntryFacts {
	/** Publication kind: its label replaces the type's on cards. */
	kind?: string | undefined;
	/** First day (scheduled types), YYYY-MM-DD. */
	startDate?: string | undefined;
	/** Last day (scheduled types), YYYY-MM-DD. */
	endDate?: string | undefined;
	/** Where it takes place. */
	location?: string | undefined;
	/** Place of a press release, shown before the text. */
	dateline?: string | undefined;
	/** Languages the publication is available in. */
	languages: readonly string[];
	/** Downloadable files. */
	files: readonly EntryFile[];
}

/** The part of `npm run new`'s file that only this type has, and the one option it may take. */
export interface TypeTemplate {
	/** A command-line option of the type, such as `--kind` (what: "publication kind") for publications. */
	option?: { name: string; what: string; values: (vocabularies: Vocabularies) => readonly string[]; fallback: string } | undefined;
	/** Front-matter lines (YAML, with `#` comments), given the option's value. */
	fields: (option: string, vocabularies: Vocabularies) => string;
}

/** One entry type. */
export interface EntryTypeDescriptor<Name extends string = string, Schema extends z.ZodType = z.ZodType> {
	/** Collection, content folder (`content/<name>/`), URL segment and search filter value. */
	name: Name;
	/** Other words `npm run new` accepts for it, such as "event". */
	aliases: readonly string[];
	/** Its front-matter schema, bound to the site's vocabularies. */
	schema: (vocabularies: Vocabularies) => Schema;
	/** Labels per interface language (every language of src/translations/). */
	labels: Readonly<Record<string, TypeLabels>>;
	/** Background of its label, behind white text (WCAG AA: 4.5:1 at least). */
	colour: string;
	/** Entries have a first and last day: listed upcoming first, offered as calendars. */
	scheduled: boolean;
	/** Its own fields a translation carries, translated (beside the title, summary, body, image text and link labels of every type). */
	translatable: readonly string[];
	/** The type-specific facts of an entry's data. */
	facts: (data: z.output<Schema>) => EntryFacts;
	/** The schema.org type of an entry's page, given its facts. */
	schemaType: (facts: EntryFacts, vocabularies: Vocabularies) => string;
	/** The `npm run new` template. */
	template: TypeTemplate;
}

/** Declares a descriptor, keeping its name and schema types. */
export function defineEntryType<Name extends string, Schema extends z.ZodType>(
	descriptor: EntryTypeDescriptor<Name, Schema>,
): EntryTypeDescriptor<Name, Schema> {
	return descriptor;
}

/** Facts of a type that has none of its own. */
export const NO_FACTS: EntryFacts = { languages: [], files: [] };
