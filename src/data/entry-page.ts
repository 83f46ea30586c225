/** What an entry's detail page shows besides the entry: its neighbours, related entries, versions, schedule and rendered body. */
import { entryType } from '../entry-types/index.ts';
import { readBodyFile } from '../lib/build-cache/body-files.ts';
import { cacheKeyOf } from '../lib/build-cache/cache-key.ts';
import { todayCalendarDate } from '../lib/dates/calendar-dates.ts';
import { relatedEntries, sectionNeighbours, type EntrySummary } from '../lib/site/site-index.ts';
import { entryFacts, entryPath, localized, pageLanguageOfEntry, slugOf, type AnyEntry, type Site } from './site.ts';

/** A version of an entry: its language and its page. */
export interface EntryVersion {
	lang: string;
	/** Site path (no base). */
	path: string;
}

/** The days of a scheduled entry, and whether they are still to come on the build's today. */
export interface EntrySchedule {
	start: string;
	end: string;
	/** Ends today or later: the page offers "Add to calendar"; otherwise it says the entry took place. */
	upcoming: boolean;
}

/** Its newer and older neighbours in its section, related entries (all in the page's language), every version of it, and its schedule. */
export interface EntryNeighbourhood {
	newer?: EntrySummary | undefined;
	older?: EntrySummary | undefined;
	related: EntrySummary[];
	/** The original first, then its translations. */
	versions: EntryVersion[];
	/** A scheduled entry with its own days: whether its page offers the calendar file or says it took place. */
	schedule?: EntrySchedule | undefined;
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
	const summary = site.index.bySlug.get(slugOf(entry))!;
	const lang = pageLanguageOfEntry(entry);
	const { newer, older } = sectionNeighbours(site.index, summary);
	const [newerIn, olderIn] = localized(
		site,
		[newer, older].filter((neighbour) => neighbour !== undefined),
		lang,
	);
	return {
		newer: newer && newerIn,
		older: older && (newer ? olderIn : newerIn),
		related: localized(site, relatedEntries(site.index, summary), lang),
		versions: site.versions.get(slugOf(entry))!.map((version) => ({ lang: version.data.lang, path: entryPath(version) })),
		schedule: entrySchedule(entry),
	};
}

/**
 * The incremental-build key of an entry page: the entry (its data names its
 * rendered body by a hash) and what the page shows of other entries and terms.
 */
export function entryPageCacheKey(site: Site, entry: AnyEntry, { newer, older, related, versions, schedule }: EntryNeighbourhood): string {
	const terms = [...entry.data.topics.map((slug) => site.topics.get(slug)), ...entry.data.regions.map((slug) => site.regions.get(slug))];
	// The schedule too: a page turns from "Add to calendar" to "took place" when its event ends, without any edit.
	// The versions' titles too: a publication's page names each language edition by its version's title (src/data/publication.ts).
	const titles = site.versions.get(slugOf(entry))?.map((version) => version.data.title);
	return cacheKeyOf(entry.collection, entry.id, entry.data, newer, older, related, versions, terms, schedule, titles);
}

/** An entry's body as rendered and sanitised by the content loader (HTML). */
export function entryBody(entry: AnyEntry): string {
	return entry.data.bodyFile ? readBodyFile(entry.data.bodyFile, entry.filePath ?? `${entry.collection}/${entry.id}`) : '';
}
