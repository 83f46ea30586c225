/** What an entry's detail page shows besides the entry: its neighbours, related entries and rendered body. */
import { readBodyFile } from '../lib/build-cache/body-files.ts';
import { cacheKeyOf } from '../lib/build-cache/cache-key.ts';
import { relatedEntries, sectionNeighbours, type EntrySummary } from '../lib/site/site-index.ts';
import { entryType } from '../entry-types/index.ts';
import { todayCalendarDate } from '../lib/dates/calendar-dates.ts';
import { entryFacts, type AnyEntry, type Site } from './site.ts';

/** Its newer and older neighbours in its section, and related entries. */
export interface EntryNeighbourhood {
	newer?: EntrySummary | undefined;
	older?: EntrySummary | undefined;
	related: EntrySummary[];
	/** A scheduled entry with its own days: whether its page offers the calendar file or says it took place. */
	schedule?: EntrySchedule | undefined;
}

/** The days of a scheduled entry, and whether they are still to come on the build's today. */
export interface EntrySchedule {
	start: string;
	end: string;
	/** Ends today or later: the page offers "Add to calendar"; otherwise it says the entry took place. */
	upcoming: boolean;
}

/** The schedule of an entry of a scheduled type that has a startDate; undefined for the others (no dates of its own: nothing to add to a calendar). */
export function entrySchedule(entry: AnyEntry, today = todayCalendarDate()): EntrySchedule | undefined {
	if (!entryType(entry.collection).scheduled) return undefined;
	const { startDate, endDate } = entryFacts(entry);
	if (!startDate) return undefined;
	const end = endDate ?? startDate;
	return { start: startDate, end, upcoming: end >= today };
}

/** An entry's neighbourhood, worked out once per page (for its cache key and for the page itself). */
export function entryNeighbourhood(site: Site, entry: AnyEntry): EntryNeighbourhood {
	const summary = site.index.bySlug.get(entry.id)!;
	return { ...sectionNeighbours(site.index, summary), related: relatedEntries(site.index, summary), schedule: entrySchedule(entry) };
}

/**
 * The incremental-build key of an entry page: the entry (its data names its
 * rendered body by a hash) and what the page shows of other entries and terms.
 */
export function entryPageCacheKey(site: Site, entry: AnyEntry, { newer, older, related, schedule }: EntryNeighbourhood): string {
	const terms = [...entry.data.topics.map((slug) => site.topics.get(slug)), ...entry.data.regions.map((slug) => site.regions.get(slug))];
	// The schedule too: a page turns from "Add to calendar" to "took place" when its event ends, without any edit.
	return cacheKeyOf(entry.collection, entry.id, entry.data, newer, older, related, terms, schedule);
}

/** An entry's body as rendered and sanitised by the content loader (HTML). */
export function entryBody(entry: AnyEntry): string {
	return entry.data.bodyFile ? readBodyFile(entry.data.bodyFile, entry.filePath ?? `${entry.collection}/${entry.id}`) : '';
}
