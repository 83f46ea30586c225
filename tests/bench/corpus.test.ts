/** The benchmark's corpus generator and measuring helpers (scripts/lib/corpus.ts, scripts/lib/measure.ts). */
import { describe, expect, test } from 'vitest';
import sharp from 'sharp';
import { FIRST_YEAR, LAST_YEAR, PHOTO_EVERY, PHOTO_SIZES, generateCorpus, generateTranslations, prng, withJpegComment } from '../../scripts/lib/corpus.ts';
import { checkBudgets, cpuTimes, NOISY_STEAL_SHARE, pageAssets, splitPhases, stealShare, stealWarning, type BenchReport } from '../../scripts/lib/measure.ts';
import { loadVocabularies } from '../../src/entry-files/vocabularies.ts';
import { validateTranslation } from '../../src/entry-files/translations.ts';
import { validateEntry } from '../../src/entry-files/validate.ts';
import { createEntrySchemas } from '../../src/entry-types/index.ts';
import { ROOT } from '../tools/helpers.ts';

describe('generateCorpus', () => {
	const corpus = generateCorpus(2000, 7);

	test('is deterministic: same seed, same files; another seed, other files', () => {
		expect(generateCorpus(2000, 7)).toEqual(corpus);
		expect(generateCorpus(50, 8).map((file) => file.source)).not.toEqual(corpus.slice(0, 50).map((file) => file.source));
		const random = prng(42);
		const again = prng(42);
		expect(Array.from({ length: 5 }, random)).toEqual(Array.from({ length: 5 }, again));
	});

	test('every entry passes the content schemas, related slugs included', () => {
		const schemas = createEntrySchemas(loadVocabularies(`${ROOT}/content`));
		const slugs = new Set(corpus.map((file) => file.slug));
		expect(slugs.size).toBe(corpus.length);
		const problems = corpus.flatMap((file) => {
			const result = validateEntry(schemas, file.type, file.source, file.path, slugs);
			return result.ok ? [] : result.problems;
		});
		expect(problems).toEqual([]);
	});

	test('translates about one entry in ten into one to three other languages, each valid against its original', () => {
		const translations = generateTranslations(corpus, 7);
		expect(generateTranslations(corpus, 7)).toEqual(translations);
		const works = new Set(translations.map((file) => file.slug));
		expect(works.size).toBeGreaterThan(150);
		expect(works.size).toBeLessThan(250);
		expect(new Set(translations.map((file) => file.translation))).toEqual(new Set(['ar', 'zh', 'en', 'fr', 'ru', 'es']));
		const schemas = createEntrySchemas(loadVocabularies(`${ROOT}/content`));
		const slugs = new Set(corpus.map((file) => file.slug));
		const originals = new Map(
			corpus.map((file) => {
				const result = validateEntry(schemas, file.type, file.source, file.path, slugs);
				return [file.slug, { data: result.ok ? result.data : {}, file: file.path }];
			}),
		);
		const problems = translations.flatMap((file) => {
			const result = validateTranslation(schemas, file.type, file.slug, file.translation!, originals.get(file.slug)!, file.source, file.path);
			return result.ok ? [] : result.problems;
		});
		expect(problems).toEqual([]);
		expect(translations.find((file) => file.translation === 'zh')!.source).toMatch(/^title: "[^"]*[\u4e00-\u9fff]/m);
	});

	test('mixes the three types, spreads dates over 25 years, has links, downloads and bodies of a few hundred words', () => {
		const count = (type: string) => corpus.filter((file) => file.type === type).length;
		expect(count('news')).toBe(1000);
		expect(count('events')).toBe(400);
		expect(count('publications')).toBe(600);
		const years = corpus.map((file) => Number(/^date: (\d{4})/m.exec(file.source)![1]));
		expect(Math.min(...years)).toBe(FIRST_YEAR);
		expect(Math.max(...years)).toBe(LAST_YEAR);
		expect(corpus.some((file) => file.source.includes('\nlinks:'))).toBe(true);
		expect(corpus.filter((file) => file.type === 'publications').every((file) => file.source.includes('\nfiles:'))).toBe(true);
		const words = corpus.map((file) => file.source.split('\n---\n')[1]!.split(/\s+/).filter(Boolean).length);
		expect(Math.min(...words)).toBeGreaterThan(100);
		expect(words.reduce((sum, n) => sum + n, 0) / words.length).toBeGreaterThan(200);
	});

	test('one entry in five names a photo next to it, in each of the sizes', () => {
		const photos = corpus.filter((file) => file.photo);
		expect(photos).toHaveLength(corpus.length / PHOTO_EVERY);
		for (const file of photos) expect(file.source).toContain(`image:\n  src: ./${file.slug}.jpg\n  alt: `);
		expect(new Set(photos.map((file) => `${file.photo!.width}x${file.photo!.height}`))).toEqual(
			new Set(PHOTO_SIZES.map(([width, height]) => `${width}x${height}`)),
		);
	});
});

test('a JPEG comment makes a different file of the same picture', async () => {
	const jpeg = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#369' } })
		.jpeg()
		.toBuffer();
	const copy = withJpegComment(jpeg, 'entry-1');
	expect(copy.equals(jpeg)).toBe(false);
	expect(await sharp(copy).metadata()).toMatchObject({ width: 8, height: 6, format: 'jpeg' });
});

describe('measure', () => {
	const astroLines = [
		{ at: 100, text: '[content] Syncing content' },
		{ at: 4000, text: '12:00:00 [content] Synced content' },
		{ at: 9000, text: ' generating static routes ' },
		{ at: 20000, text: '12:00:20 ✓ Completed in 11s.' },
	];
	test.each([
		{
			name: 'npm run build: indexing after Astro has exited',
			lines: [
				...astroLines,
				{ at: 21000, text: '[site:pagefind] Search index: built by scripts/build.ts once astro build has exited' },
				{ at: 22000, text: '[build] Complete!' },
				{ at: 22500, text: '[search] Indexing entry pages for search…' },
				{ at: 25000, text: '[search] Browse index: 10 entries' },
				{ at: 25500, text: '[compress] Compressing pages…' },
				{ at: 26000, text: '[publish] Publishing to dist/…' },
			],
			phases: [100, 3900, 5000, 11000, 0, 2500, 3000, 500, 500],
		},
		{
			name: 'npm run build: pages compressed while the index is built, then the index',
			lines: [
				...astroLines,
				{ at: 22000, text: '[build] Complete!' },
				{ at: 22490, text: '[compress] Compressing pages, stylesheets, scripts and feeds (gzip, brotli) while the search index is built…' },
				{ at: 22500, text: '[search] Indexing entry pages for search…' },
				{ at: 24000, text: '[compress] Pages compressed in 1.5 s' },
				{ at: 25000, text: '[search] Search indexes written in 2.5 s' },
				{ at: 25400, text: '[compress] 10 file(s) compressed …; indexing and compression done in 2.9 s' },
				{ at: 25500, text: '[publish] Publishing to dist/…' },
			],
			phases: [100, 3900, 5000, 11000, 0, 2500, 2500, 500, 1000],
		},
		{
			name: 'astro build: indexing in the build hook',
			lines: [
				...astroLines,
				{ at: 21000, text: '[site:pagefind] Indexing entry pages for search…' },
				{ at: 25000, text: '[site:pagefind] Browse index: 10 entries' },
				{ at: 26000, text: '[build] Complete!' },
			],
			phases: [100, 3900, 5000, 11000, 0, 1000, 5500, 0, 0],
		},
		{ name: 'a log without indexing: the rest is post-build work', lines: astroLines, phases: [100, 3900, 5000, 11000, 0, 6500, 0, 0, 0] },
		{
			name: 'a site with photos: their resizing is its own phase',
			lines: [
				...astroLines,
				{ at: 20100, text: ' generating optimized images ' },
				{ at: 23000, text: '12:00:23 ✓ Completed in 2.9s.' },
				{ at: 23500, text: '[search] Indexing entry pages for search…' },
			],
			phases: [100, 3900, 5000, 11000, 3000, 500, 3000, 0, 0],
		},
	])('splits a build log into phases ($name)', ({ lines, phases }) => {
		expect(splitPhases(lines, 26500).map((phase) => [phase.name, phase.end - phase.start])).toEqual(
			[
				'start-up',
				'content sync',
				'bundling',
				'page rendering',
				'image optimisation',
				'other post-build',
				'search indexing',
				'precompression',
				'publishing',
			].map((name, i) => [name, phases[i]]),
		);
	});

	test('finds the stylesheets and scripts of a page; JSON-LD is not a script', () => {
		const html =
			'<link rel="stylesheet" href="/_astro/a.css"><script type="application/ld+json">{}</script><script type="module" src="/_astro/s.js"></script><script>x()</script>';
		expect(pageAssets(html)).toEqual({ styles: ['/_astro/a.css'], scripts: ['/_astro/s.js'], inlineScripts: 1 });
	});

	test('checks the 50k per-entry cost against the 10k report', () => {
		const report = (entries: number, seconds: number) =>
			({
				entries,
				cold: { seconds, peakRssMB: 1000, phases: [] },
				msPerEntry: (seconds * 1000) / entries,
				detailPage: { path: '', htmlGzip: 1000, cssGzip: 1000, totalGzip: 2000, scripts: 0 },
			}) as unknown as BenchReport;
		const budgets = checkBudgets(report(50_000, 140), report(10_000, 25));
		expect(budgets.find((budget) => budget.name.startsWith('cost per entry'))).toMatchObject({ ok: false, measured: '1.12' });
		expect(budgets.find((budget) => budget.name === 'build time (50k)')?.ok).toBe(true);
	});
});

describe('steal', () => {
	// /proc/stat's aggregate line: user nice system idle iowait irq softirq steal guest guest_nice.
	const stat = (steal: number, idle: number) => `cpu  100 5 20 ${idle} 3 0 2 ${steal} 40 0\ncpu0 50 2 10 ${idle / 2} 1 0 1 ${steal / 2} 20 0\nintr 1 2\n`;

	test.each([
		[stat(0, 870), { total: 1000, steal: 0 }],
		[stat(130, 740), { total: 1000, steal: 130 }],
	])('cpuTimes sums the eight states and leaves out guest time, which user already counts', (text, expected) => {
		expect(cpuTimes(text)).toEqual(expected);
	});

	test('cpuTimes names what it lacks', () => {
		expect(() => cpuTimes('cpu0 1 2 3\n')).toThrow(/no aggregate "cpu" line/);
	});

	test.each([
		[stat(0, 870), stat(50, 1820), 0.05],
		[stat(10, 870), stat(10, 1870), 0],
		[stat(10, 870), stat(10, 870), 0],
	])('stealShare: the host’s share of the CPU time between two readings', (before, after, share) => {
		expect(stealShare(cpuTimes(before), cpuTimes(after))).toBeCloseTo(share, 10);
	});

	test('stealWarning: quiet up to the threshold, a sentence naming the run and the share above it', () => {
		expect(stealWarning(NOISY_STEAL_SHARE, 'The cold build')).toBeUndefined();
		expect(stealWarning(0.132, 'The cold build')).toBe(
			"The cold build: the host took 13.2 % of this machine's CPU time (steal): its timings are not comparable with quieter runs; run it again.",
		);
	});
});
