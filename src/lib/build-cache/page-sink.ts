/**
 * How the middleware hands each prerendered page to the compression thread of
 * src/integrations/page-twins.ts while `npm run build` runs: through a sink
 * the integration puts on `globalThis` (the middleware is bundled apart from
 * the integration, in the same process), absent otherwise.
 */

/** What the middleware sees of the sink. */
export interface PageSink {
	/** True when the page at this address is text worth compressing (read its body only then). */
	wants(pathname: string): boolean;
	/** Hands over the page's bytes (the thread gets a copy); resolves once its queue has room. */
	take(pathname: string, bytes: Uint8Array): Promise<void>;
}

const PAGE_SINK = Symbol.for('site.page-twins');

/** The sink of the build running, if any. */
export function pageSink(): PageSink | undefined {
	return (globalThis as Record<symbol, PageSink | undefined>)[PAGE_SINK];
}

/** Puts up (or, with undefined, takes down) the sink. */
export function setPageSink(sink: PageSink | undefined): void {
	if (sink) (globalThis as Record<symbol, PageSink | undefined>)[PAGE_SINK] = sink;
	else delete (globalThis as Record<symbol, PageSink | undefined>)[PAGE_SINK];
}

/**
 * The file a prerendered address is written to (build.format "directory"),
 * relative to the output folder: `/news/a/` → `news/a/index.html`, an
 * endpoint's `/feeds/all.rss/` → `feeds/all.rss`; undefined outside `base`.
 */
export function outputFileOf(pathname: string, base: string): string | undefined {
	const root = base.endsWith('/') ? base : `${base}/`;
	const path = `${pathname.replace(/\/+$/, '')}/`;
	if (!path.startsWith(root)) return undefined;
	const inner = path.slice(root.length).replace(/\/$/, '');
	if (inner === '') return 'index.html';
	const last = inner.slice(inner.lastIndexOf('/') + 1);
	return last.includes('.') ? inner : `${inner}/index.html`;
}
