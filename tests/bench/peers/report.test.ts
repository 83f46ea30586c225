/** The peer comparison's totals, ratios and tables (scripts/lib/peers/report.ts). */
import { describe, expect, test } from 'vitest';
import { parsePeerList, peerResult, ratiosTable, resultsTable, siteRatios, type PeerId, type PeerResult } from '../../../scripts/lib/peers/report.ts';

const MB = 1024 * 1024;
const facts = { versions: 'x 1.0', loadBefore: 1.25, pages: 120, indexed: 100 };
const result = (id: PeerId, seconds: number, peakRssMB: number): PeerResult =>
	peerResult(
		id,
		facts,
		{ seconds: seconds / 2, peakRss: peakRssMB * MB, stealShare: 0.01 },
		{ seconds: seconds / 2, peakRss: (peakRssMB / 2) * MB, stealShare: 0.03 },
	);

describe('peerResult', () => {
	test('adds the two steps’ times, keeps the larger peak, in MB, and weights the steps’ steal by their length', () => {
		const hugo = peerResult('hugo', facts, { seconds: 3.5, peakRss: 200 * MB + 1, stealShare: 0 }, { seconds: 10.5, peakRss: 1100 * MB, stealShare: 0.2 });
		expect(hugo).toEqual({
			id: 'hugo',
			label: 'Hugo+Pagefind',
			versions: 'x 1.0',
			loadBefore: 1.25,
			buildSeconds: 3.5,
			indexSeconds: 10.5,
			seconds: 14,
			buildPeakRssMB: 200,
			indexPeakRssMB: 1100,
			peakRssMB: 1100,
			pages: 120,
			indexed: 100,
			stealShare: 0.15,
		});
	});

	test('no time, no steal', () => {
		expect(peerResult('hugo', facts, { seconds: 0, peakRss: 0, stealShare: 0.5 }, { seconds: 0, peakRss: 0, stealShare: 0.5 }).stealShare).toBe(0);
	});
});

describe('siteRatios', () => {
	const results = [result('hugo', 10, 1000), result('eleventy', 20, 500), result('astro', 40, 2000), result('site', 80, 1500)];

	test('the site’s time and memory over each peer’s, Eleventy, Hugo and Astro in that order', () => {
		expect(siteRatios(results)).toEqual([
			{ name: 'site / Eleventy+Pagefind', peer: 'eleventy', seconds: 4, peakRss: 3 },
			{ name: 'site / Hugo+Pagefind', peer: 'hugo', seconds: 8, peakRss: 1.5 },
			{ name: 'site / Astro+Pagefind', peer: 'astro', seconds: 2, peakRss: 0.75 },
		]);
	});

	test('only the peers measured, and none without the site', () => {
		expect(siteRatios([results[2]!, results[3]!]).map((ratio) => ratio.name)).toEqual(['site / Astro+Pagefind']);
		expect(siteRatios(results.slice(0, 3))).toEqual([]);
	});

	test('the tables', () => {
		expect(resultsTable(results.slice(2)).split('\n')).toEqual([
			'builder               build s  index s  total s  peak RSS MB  pages  indexed  load  steal',
			'Astro+Pagefind           20.0     20.0     40.0         2000    120      100   1.3  2.0 %',
			'site (npm run build)     40.0     40.0     80.0         1500    120      100   1.3  2.0 %',
		]);
		expect(ratiosTable(siteRatios(results)).split('\n')).toEqual([
			'ratio                     total time  peak RSS',
			'site / Eleventy+Pagefind      4.00 ×    3.00 ×',
			'site / Hugo+Pagefind          8.00 ×    1.50 ×',
			'site / Astro+Pagefind         2.00 ×    0.75 ×',
		]);
	});
});

describe('parsePeerList', () => {
	test('the builders named, in the order they run, whatever the case or spacing', () => {
		expect(parsePeerList('site, Hugo')).toEqual(['hugo', 'site']);
		expect(parsePeerList('hugo,eleventy,astro,site')).toEqual(['hugo', 'eleventy', 'astro', 'site']);
	});

	test.each([
		['jekyll', /unknown builder\(s\) jekyll/],
		['', /no builder named/],
		[' , ', /no builder named/],
	])('refuses %j', (value, message) => {
		expect(() => parsePeerList(value)).toThrow(message);
	});
});
