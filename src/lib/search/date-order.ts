/**
 * Query results by date. The full-text index ranks by relevance and has no
 * date sort: Pagefind keeps a sort's order in the metadata every search
 * fetches, which would cost each cold search (docs/performance.md). Instead
 * the build writes beside each language's index the ids of its pages newest
 * first with their dates (`sort-date.json`, a few bytes per entry), fetched
 * only when a reader asks for results by date, and the script orders the
 * results with it (with several languages' indexes, with all their files).
 */

/** The file, in the full-text index's folder. */
export const DATE_ORDER_FILE = 'sort-date.json';

export interface DateOrderFile {
	/** Pagefind page ids (a result's `id`, its fragment's name), newest first. */
	ids: string[];
	/** Their dates (YYYY-MM-DD), in the same order: what merges several indexes' orders. */
	dates: string[];
}

/** The ids of indexed pages, newest first, and their dates; pages of the same day in address order, so the file is the same for the same site. */
export function dateOrder(pages: readonly { id: string; url: string; date: string }[]): DateOrderFile {
	const sorted = [...pages].sort((a, b) => (a.date === b.date ? (a.url < b.url ? -1 : a.url > b.url ? 1 : 0) : a.date < b.date ? 1 : -1));
	return { ids: sorted.map((page) => page.id), dates: sorted.map((page) => page.date) };
}

/** The ids of several indexes' pages, newest first; a day's pages in the order of the files, then each file's own. */
export function mergedDateOrder(files: readonly DateOrderFile[]): string[] {
	if (files.length === 1) return files[0]!.ids;
	return files
		.flatMap((file, fileIndex) => file.ids.map((id, index) => ({ id, date: file.dates[index] ?? '', fileIndex, index })))
		.sort((a, b) => (a.date === b.date ? a.fileIndex - b.fileIndex || a.index - b.index : a.date < b.date ? 1 : -1))
		.map((page) => page.id);
}

/** Results in date order, newest or oldest first; results the order does not know (none should) go last, as ranked. */
export function orderByDate<T extends { id: string }>(results: readonly T[], ids: readonly string[], direction: 'newest' | 'oldest'): T[] {
	const rank = new Map(ids.map((id, index) => [id, direction === 'newest' ? index : ids.length - 1 - index]));
	return results
		.map((result, index) => ({ result, index, rank: rank.get(result.id) ?? ids.length + index }))
		.sort((a, b) => a.rank - b.rank)
		.map(({ result }) => result);
}
