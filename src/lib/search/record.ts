/**
 * What search knows about an entry: filter values (slugs), result metadata
 * and the date to sort by. One description feeds both indexes: the full-text
 * index (as data-pagefind-* attributes on the entry page) and the small
 * browse index used to list entries newest first when there is no query.
 */
import { yearOf } from '../dates/calendar-dates.ts';
import { SHOWN_FILTER, type FilterKey } from './state.ts';

export interface SearchEntry {
	/** Entry type name. */
	section: string;
	slug: string;
	title: string;
	/** Calendar date, YYYY-MM-DD. */
	date: string;
	/** Language of the entry. */
	lang: string;
	/** Label shown on results: "News", "Event" or the publication kind, in the language of the entry's page. */
	typeLabel: string;
	/** Publication kind slug, if any: the search page shows its own label for it. */
	kind?: string | undefined;
	topics: readonly string[];
	regions: readonly string[];
	/** The entry's language and those of its publication, links and downloads. */
	languages: readonly string[];
	/** Summary or body excerpt: the text shown under a browsed result. */
	summary: string;
	/** Image URL, base included. */
	image?: string | undefined;
}

/**
 * Filter values of an entry, all slugs: the page's filters, and the month
 * (`YYYY-MM`) that the date range filters by.
 */
export function searchFilters(entry: SearchEntry): Record<FilterKey | 'month', string[]> {
	return {
		type: [entry.section],
		year: [String(yearOf(entry.date))],
		month: [entry.date.slice(0, 7)],
		topic: [...entry.topics],
		region: [...entry.regions],
		language: [...new Set([entry.lang, ...entry.languages])],
	};
}

/** Metadata shown on a result. */
export function searchMeta(entry: SearchEntry): Record<string, string> {
	return {
		title: entry.title,
		type: entry.typeLabel,
		section: entry.section,
		...(entry.kind ? { kind: entry.kind } : {}),
		lang: entry.lang,
		date: entry.date,
		...(entry.image ? { image: entry.image } : {}),
	};
}

/**
 * A Pagefind custom record for the browse index: one per version of each
 * work, its content the summary (shown as the result's excerpt). `shownIn`
 * lists the page languages whose listings show this version (their own
 * translation, else the original): a search page browses its language's
 * records, and every version when the reader includes other languages. All
 * records are filed under one language (the index is built with
 * forceLanguage): Pagefind splits a bundle by record language and a page
 * searches only its own language's part. The entry's language stays a filter.
 */
export function browseRecord(entry: SearchEntry, path: string, shownIn: readonly string[]) {
	return {
		url: path,
		language: 'en',
		content: entry.summary || entry.title,
		meta: searchMeta(entry),
		filters: { ...searchFilters(entry), [SHOWN_FILTER]: [...shownIn] },
		sort: { date: entry.date },
	};
}

export type BrowseRecord = ReturnType<typeof browseRecord>;
