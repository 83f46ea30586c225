/**
 * Numbered pagination. Page 1 lives at the listing's own URL, page N at
 * `<base>page/N/`, so the first page keeps a short, shareable address.
 */

/** Items per listing page. */
export const PAGE_SIZE = 20;

export interface Page<T> {
	/** Items on this page. */
	items: T[];
	/** 1-based page number. */
	current: number;
	/** Number of pages (at least 1, so an empty listing still has a page). */
	total: number;
	/** Total number of items across pages. */
	totalItems: number;
	/** Set on page 1's second address, `<base>page/1/`, which leads to the listing's own URL instead (no items). */
	redirect?: true;
}

/** Splits `items` into pages of `size`; always returns at least one page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
	if (!Number.isInteger(size) || size < 1) throw new RangeError(`Page size must be a positive integer, got ${size}`);
	const total = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: total }, (_, index) => ({
		items: items.slice(index * size, (index + 1) * size),
		current: index + 1,
		total,
		totalItems: items.length,
	}));
}

/** The items a page shows, 1-based, as in "Showing 21–40 of 312": `from` and `to` are 0 when there are none. */
export function itemRange(page: Pick<Page<unknown>, 'current' | 'totalItems'>, size = PAGE_SIZE): { from: number; to: number; count: number } {
	const from = Math.min((page.current - 1) * size + 1, page.totalItems);
	return { from, to: Math.min(page.current * size, page.totalItems), count: page.totalItems };
}

/** URL of page `n` of a listing whose first page is at `baseUrl` (ending in `/`). */
export function pageUrl(baseUrl: string, n: number): string {
	return n <= 1 ? baseUrl : `${baseUrl}page/${n}/`;
}

export type PageLink = { kind: 'page'; n: number; current: boolean } | { kind: 'gap' };

/** Page numbers to show: first, last, and a window around the current page, with gaps. */
export function pageLinks(current: number, total: number, window = 1): PageLink[] {
	const shown = new Set<number>([1, total]);
	for (let n = current - window; n <= current + window; n++) if (n >= 1 && n <= total) shown.add(n);
	const sorted = [...shown].sort((a, b) => a - b);
	const links: PageLink[] = [];
	let previous = 0;
	for (const n of sorted) {
		if (n - previous === 2) links.push({ kind: 'page', n: previous + 1, current: false });
		else if (n - previous > 2) links.push({ kind: 'gap' });
		links.push({ kind: 'page', n, current: n === current });
		previous = n;
	}
	return links;
}

/** The rest parameter of a paginated route: undefined for page 1, `page/N` after. */
export function pageParam(n: number): string | undefined {
	return n <= 1 ? undefined : `page/${n}`;
}

/** The rest parameter of page 1's second address, `…/page/1/`. */
export const FIRST_PAGE_ALIAS = 'page/1';

/** True for the URL or path of page 1's second address (left out of the sitemap). */
export function isFirstPageAlias(url: string): boolean {
	return url.endsWith(`/${FIRST_PAGE_ALIAS}/`);
}

/**
 * Static paths for a paginated listing route `…/[...page].astro`, with extra
 * params and props. Besides its pages, a listing answers at `<base>page/1/`,
 * where a reader who edits the URL or follows a made-up link lands: that page
 * redirects to the listing's own URL (ListingLayout renders `page.redirect`).
 */
export function paginatedPaths<T, P extends Record<string, string>, X extends object>(items: readonly T[], params: P, extra: X, size = PAGE_SIZE) {
	const pages = paginate(items, size);
	const first: Page<T> = { ...pages[0]!, items: [], redirect: true };
	return [
		...pages.map((page) => ({ params: { ...params, page: pageParam(page.current) }, props: { ...extra, page } })),
		{ params: { ...params, page: FIRST_PAGE_ALIAS }, props: { ...extra, page: first } },
	];
}
