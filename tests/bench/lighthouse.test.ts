/** The pure helpers of `npm run lighthouse` (scripts/lib/lighthouse.ts). */
import { describe, expect, test } from 'vitest';
import {
	auditPages,
	describeShortfall,
	failingAudits,
	firstEntryLink,
	medianRun,
	normalizeBase,
	shortfalls,
	summarize,
	tableRow,
	underBase,
	type Lhr,
} from '../../scripts/lib/lighthouse.ts';

describe('paths', () => {
	test('normalizeBase gives one leading and one trailing slash', () => {
		expect(normalizeBase('/')).toBe('/');
		expect(normalizeBase('')).toBe('/');
		expect(normalizeBase('sub')).toBe('/sub/');
		expect(normalizeBase('/sub')).toBe('/sub/');
		expect(normalizeBase('/a/b/')).toBe('/a/b/');
	});

	test('underBase puts a page path under the base unless it is already', () => {
		expect(underBase('/news/x/', '/')).toBe('/news/x/');
		expect(underBase('news/x/', '/sub/')).toBe('/sub/news/x/');
		expect(underBase('/sub/news/x/', '/sub/')).toBe('/sub/news/x/');
	});

	test('auditPages: home, listing, detail and a search with an encoded query', () => {
		expect(auditPages('/sub/', '/sub/news/x/', 'people smuggling').map((page) => page.path)).toEqual([
			'/sub/',
			'/sub/news/',
			'/sub/news/x/',
			'/sub/search/?q=people%20smuggling',
		]);
	});
});

describe('firstEntryLink', () => {
	const listing = `<a href="/news/" aria-current="page">News</a><a href="/news/feed.rss">RSS</a>
		<a class="x" href="/news/first-entry/">First</a><a href="/news/second/">Second</a><a href="/news/page/2/">2</a>`;

	test('finds the first entry, not the listing, its pages or its files', () => {
		expect(firstEntryLink(listing, '/')).toBe('/news/first-entry/');
		expect(firstEntryLink('<a href="/news/page/2/">2</a><a href="/news/">News</a>', '/')).toBeUndefined();
	});

	test('looks under the base only', () => {
		expect(firstEntryLink(listing, '/sub/')).toBeUndefined();
		expect(firstEntryLink('<a href="/sub/news/page/3/">3</a><a href="/sub/news/an-entry/">x</a>', '/sub/')).toBe('/sub/news/an-entry/');
	});
});

const lhr = (performance: number, overrides: Partial<Lhr['audits']> = {}): Lhr => ({
	categories: {
		performance: {
			score: performance,
			auditRefs: [
				{ id: 'largest-contentful-paint', weight: 25 },
				{ id: 'cumulative-layout-shift', weight: 25 },
				{ id: 'layout-shifts', weight: 0 },
				{ id: 'diagnostics', weight: 0 },
			],
		},
		accessibility: {
			score: 0.96,
			auditRefs: [
				{ id: 'color-contrast', weight: 7 },
				{ id: 'image-alt', weight: 10 },
				{ id: 'manual-check', weight: 0 },
			],
		},
		'best-practices': { score: 1, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
		seo: { score: null, auditRefs: [] },
	},
	audits: {
		'largest-contentful-paint': {
			id: 'largest-contentful-paint',
			title: 'Largest Contentful Paint',
			score: 1,
			scoreDisplayMode: 'numeric',
			numericValue: 900,
			displayValue: '0.9 s',
		},
		'cumulative-layout-shift': {
			id: 'cumulative-layout-shift',
			title: 'Cumulative Layout Shift',
			score: 0.88,
			scoreDisplayMode: 'numeric',
			numericValue: 0.113,
			displayValue: '0.113',
		},
		'layout-shifts': {
			id: 'layout-shifts',
			title: 'Avoid large layout shifts',
			score: 0,
			scoreDisplayMode: 'metricSavings',
			details: { items: [{ node: { selector: 'body > footer', snippet: '<footer>' } }, { node: { selector: 'body > footer', snippet: '<footer>' } }] },
		},
		diagnostics: { id: 'diagnostics', title: 'Diagnostics', score: null, scoreDisplayMode: 'informative' },
		'color-contrast': {
			id: 'color-contrast',
			title: 'Contrast',
			score: 0,
			scoreDisplayMode: 'binary',
			details: { items: [{ node: { snippet: '<p class="muted">' } }] },
		},
		'image-alt': { id: 'image-alt', title: 'Images have alt', score: null, scoreDisplayMode: 'notApplicable' },
		'manual-check': { id: 'manual-check', title: 'Manual', score: 0, scoreDisplayMode: 'binary' },
		'errors-in-console': { id: 'errors-in-console', title: 'No errors', score: 1, scoreDisplayMode: 'binary' },
		'first-contentful-paint': { id: 'first-contentful-paint', title: 'FCP', score: 1, scoreDisplayMode: 'numeric', numericValue: 850 },
		'total-byte-weight': { id: 'total-byte-weight', title: 'Payload', score: 1, scoreDisplayMode: 'numeric', numericValue: 9 * 1024 },
		...overrides,
	} as Lhr['audits'],
});

describe('summaries', () => {
	test('failingAudits: weighted audits below 1 first, then performance insights; never unscored or zero-weight ones elsewhere', () => {
		expect(failingAudits(lhr(0.96), 'performance').map((audit) => [audit.id, audit.weight, audit.items])).toEqual([
			['cumulative-layout-shift', 25, []],
			['layout-shifts', 0, ['body > footer: <footer>']],
		]);
		expect(failingAudits(lhr(0.96), 'accessibility').map((audit) => [audit.id, audit.items])).toEqual([['color-contrast', ['<p class="muted">']]]);
		expect(failingAudits(lhr(0.96), 'best-practices')).toEqual([]);
	});

	test('summarize: scores out of 100 (null when unscored), metrics and transfer', () => {
		const summary = summarize(lhr(0.955), { name: 'home', path: '/' }, 'http://127.0.0.1:1/');
		expect(summary.scores).toEqual({ performance: 96, accessibility: 96, 'best-practices': 100, seo: null });
		expect(summary.metrics).toEqual({ fcpMs: 850, lcpMs: 900, tbtMs: null, cls: 0.113, speedIndexMs: null });
		expect(tableRow(summary)).toEqual(['home', '96', '96', '100', '–', '850 ms', '900 ms', '–', '0.113', '9.0 KB']);
	});

	test('shortfalls list every category below 100 with what to fix', () => {
		const missed = shortfalls([summarize(lhr(1), { name: 'home', path: '/' }, 'u')]);
		expect(missed.map((shortfall) => [shortfall.category, shortfall.score])).toEqual([
			['accessibility', 96],
			['seo', null],
		]);
		expect(describeShortfall(missed[0]!)).toEqual(['home (/) accessibility: 96', '  - color-contrast: Contrast', '      <p class="muted">']);
	});

	test('medianRun picks the middle performance score', () => {
		const runs = [0.8, 1, 0.95].map((score, index) => ({ ...summarize(lhr(score), { name: 'x', path: '/' }, 'u'), index }));
		expect(medianRun(runs).index).toBe(2);
		expect(medianRun(runs.slice(0, 2)).index).toBe(0);
		expect(() => medianRun([])).toThrow();
	});
});
