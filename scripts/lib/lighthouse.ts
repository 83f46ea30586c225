/**
 * Pure helpers for `npm run lighthouse`: the pages to audit, the detail page
 * linked from a listing, a summary of one Lighthouse result (scores, metrics,
 * transfer and the audits that cost points, with the elements they name) and
 * the scores below 100 that fail the run.
 */

/** The categories audited, in the order they are shown. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

/** Short column titles for the table. */
export const CATEGORY_LABELS: Record<CategoryId, string> = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'best pr.', seo: 'SEO' };

/** The parts of a Lighthouse result (LHR) read here. */
export interface LhrAudit {
	id: string;
	title: string;
	score: number | null;
	scoreDisplayMode: string;
	numericValue?: number;
	displayValue?: string;
	details?: { type?: string; items?: readonly Record<string, unknown>[] };
}
export interface Lhr {
	finalDisplayedUrl?: string;
	runWarnings?: readonly string[];
	runtimeError?: { code: string; message: string };
	categories: Partial<Record<string, { score: number | null; auditRefs: readonly { id: string; weight: number; group?: string }[] }>>;
	audits: Record<string, LhrAudit>;
}

export interface AuditPage {
	name: string;
	path: string;
}

/** An audit that costs points: `weight` 0 marks a performance insight (a hint of what slows the metrics). */
export interface FailingAudit {
	id: string;
	title: string;
	score: number;
	weight: number;
	displayValue?: string;
	items: string[];
}

export interface PageSummary {
	name: string;
	path: string;
	url: string;
	/** 0–100, null when Lighthouse could not score the category. */
	scores: Record<CategoryId, number | null>;
	metrics: { fcpMs: number | null; lcpMs: number | null; tbtMs: number | null; cls: number | null; speedIndexMs: number | null };
	/** Bytes over the network for the page and everything it loaded (Lighthouse's total-byte-weight). */
	transferBytes: number | null;
	failing: Record<CategoryId, FailingAudit[]>;
	warnings: string[];
	runtimeError?: string;
}

/** `/`, `/sub/` from `sub`, `/sub`, `/sub/`. */
export function normalizeBase(base: string): string {
	const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/** A page path given on the command line, under `base` unless it already is. */
export function underBase(path: string, base: string): string {
	if (path.startsWith(base)) return path;
	return `${base}${path.replace(/^\/+/, '')}`;
}

/**
 * The first link to an entry on a listing page of `section` (`/news/`): a
 * root-relative `<base>news/<slug>/`, not the listing itself nor one of its
 * pages (`news/page/2/`).
 */
export function firstEntryLink(html: string, base: string, section = 'news'): string | undefined {
	const prefix = `${base}${section}/`;
	for (const match of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/gi)) {
		const href = match[1]!.replace(/&amp;/g, '&');
		if (!href.startsWith(prefix)) continue;
		const rest = href.slice(prefix.length);
		if (/^[^/?#]+\/$/.test(rest) && rest !== 'page/') return href;
	}
	return undefined;
}

/** The four pages: home, a listing, a detail page and a search with a query. */
export function auditPages(base: string, detail: string, query: string): AuditPage[] {
	return [
		{ name: 'home', path: base },
		{ name: 'listing', path: `${base}news/` },
		{ name: 'detail', path: detail },
		{ name: 'search', path: `${base}search/?q=${encodeURIComponent(query)}` },
	];
}

const SCORED = new Set(['binary', 'numeric', 'metricSavings']);

/** What an audit's table points at: the element (its snippet or selector), else the URL or source location. */
export function describeItem(item: Record<string, unknown>): string | undefined {
	const node = item['node'] as { snippet?: string; selector?: string; nodeLabel?: string } | undefined;
	if (node?.snippet) return node.selector ? `${node.selector}: ${node.snippet}` : node.snippet;
	if (node?.selector) return node.selector;
	const source = item['source'] as { url?: string; line?: number } | undefined;
	if (source?.url) return source.line === undefined ? source.url : `${source.url}:${source.line + 1}`;
	for (const key of ['url', 'description', 'label']) {
		const value = item[key];
		if (typeof value === 'string' && value) return value;
	}
	return undefined;
}

/**
 * The audits of a category that cost points: scored audits with weight below
 * a score of 1, and, for performance, the insights with savings (weight 0)
 * that say why a metric is slow.
 */
export function failingAudits(lhr: Lhr, category: CategoryId, maxItems = 5): FailingAudit[] {
	const refs = lhr.categories[category]?.auditRefs ?? [];
	const failing: FailingAudit[] = [];
	for (const ref of refs) {
		const audit = lhr.audits[ref.id];
		if (!audit || audit.score === null || audit.score >= 1 || !SCORED.has(audit.scoreDisplayMode)) continue;
		if (ref.weight === 0 && (category !== 'performance' || audit.scoreDisplayMode !== 'metricSavings')) continue;
		const items = (audit.details?.items ?? []).map(describeItem).filter((item): item is string => Boolean(item));
		failing.push({
			id: audit.id,
			title: audit.title,
			score: audit.score,
			weight: ref.weight,
			...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
			items: [...new Set(items)].slice(0, maxItems),
		});
	}
	// Weighted audits first (they are the score), then the hints.
	return failing.sort((a, b) => Number(b.weight > 0) - Number(a.weight > 0));
}

/** The summary of one page's Lighthouse result. */
export function summarize(lhr: Lhr, page: AuditPage, url: string): PageSummary {
	const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
	const scores = {} as Record<CategoryId, number | null>;
	const failing = {} as Record<CategoryId, FailingAudit[]>;
	for (const category of CATEGORIES) {
		const score = lhr.categories[category]?.score;
		scores[category] = typeof score === 'number' ? Math.round(score * 100) : null;
		failing[category] = failingAudits(lhr, category);
	}
	return {
		name: page.name,
		path: page.path,
		url,
		scores,
		metrics: {
			fcpMs: numeric('first-contentful-paint'),
			lcpMs: numeric('largest-contentful-paint'),
			tbtMs: numeric('total-blocking-time'),
			cls: numeric('cumulative-layout-shift'),
			speedIndexMs: numeric('speed-index'),
		},
		transferBytes: numeric('total-byte-weight'),
		failing,
		warnings: [...(lhr.runWarnings ?? [])],
		...(lhr.runtimeError ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
	};
}

/**
 * The run with the median performance score (the lower of the two middle ones
 * for an even count): performance varies from run to run on a busy machine,
 * the other categories hardly do.
 */
export function medianRun<T extends { scores: Record<CategoryId, number | null> }>(runs: readonly T[]): T {
	if (!runs.length) throw new Error('medianRun: no runs');
	const sorted = [...runs].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
	return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

export interface Shortfall {
	page: string;
	path: string;
	category: CategoryId;
	score: number | null;
	audits: FailingAudit[];
}

/** Every category of every page scored below 100 (or not scored), with the audits that cost its points. */
export function shortfalls(pages: readonly PageSummary[]): Shortfall[] {
	return pages.flatMap((page) =>
		CATEGORIES.filter((category) => page.scores[category] !== 100).map((category) => ({
			page: page.name,
			path: page.path,
			category,
			score: page.scores[category],
			audits: page.failing[category],
		})),
	);
}

/** `0.9 s`, `40 ms`, `–` for a missing value. */
export function formatMs(ms: number | null): string {
	if (ms === null) return '–';
	return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

/** `12.3 KB`, `1.2 MB`. */
export function formatBytes(bytes: number | null): string {
	if (bytes === null) return '–';
	return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** One row of the summary table. */
export function tableRow(page: PageSummary): string[] {
	return [
		page.name,
		...CATEGORIES.map((category) => (page.scores[category] === null ? '–' : String(page.scores[category]))),
		formatMs(page.metrics.fcpMs),
		formatMs(page.metrics.lcpMs),
		formatMs(page.metrics.tbtMs),
		page.metrics.cls === null ? '–' : page.metrics.cls.toFixed(3),
		formatBytes(page.transferBytes),
	];
}

export const TABLE_HEADER = ['page', ...CATEGORIES.map((category) => CATEGORY_LABELS[category]), 'FCP', 'LCP', 'TBT', 'CLS', 'transfer'];

/** The lines that tell a developer what to fix for one shortfall. */
export function describeShortfall(shortfall: Shortfall): string[] {
	const score = shortfall.score === null ? 'not scored' : String(shortfall.score);
	const lines = [`${shortfall.page} (${shortfall.path}) ${shortfall.category}: ${score}`];
	if (!shortfall.audits.length) lines.push('    (no single audit below its best score: see the full report)');
	for (const audit of shortfall.audits) {
		const hint = audit.weight === 0 ? ' [insight]' : '';
		lines.push(`  - ${audit.id}${hint}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
		for (const item of audit.items) lines.push(`      ${item.length > 160 ? `${item.slice(0, 157)}…` : item}`);
	}
	return lines;
}
