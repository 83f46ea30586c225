/**
 * npm run bench:floor -- --entries N
 *
 * Measures the floor of a build of N entries: Astro alone, building a
 * one-file project of as many one-paragraph pages as the real build wrote,
 * and Pagefind alone, indexing the real entry pages of the site that
 * `npm run bench -- --entries N --keep` left in tmp/bench/site-N (into a
 * scratch folder: the kept site is not changed). Their sum is what the whole
 * `npm run build` cannot go under, before content sync, the site's templates,
 * feeds and the browse index. Prints a table and writes tmp/bench/floor-N.json.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { close } from 'pagefind';
import { buildSearchIndex } from '../src/integrations/pagefind.ts';
import { fail, parseCommandLine, USAGE_ERROR } from './lib/cli.ts';
import { floorSummary, writeFloorSite } from './lib/floor.ts';
import { pagesBuilt, table, treeRss, type BenchReport } from './lib/measure.ts';
import { timedRun } from './lib/timed-run.ts';

const HELP = `Usage: npm run bench:floor -- --entries N [--pages P]

Measures what a build of N entries costs before the site does anything of its
own: Astro alone (a one-file project of P one-paragraph pages) and Pagefind
alone (the full-text index of the entry pages in tmp/bench/site-N). Run
\`npm run bench -- --entries N --keep\` first: it builds that site.

Options:
  --entries N   the benchmark site to measure against (tmp/bench/site-N)
  --pages P     pages for Astro alone (default: the pages that build wrote,
                from tmp/bench/report-N.json)
  -h, --help    show this help

Writes tmp/bench/floor-N.json.`;

const { values } = parseCommandLine(
	{
		entries: { type: 'string' },
		pages: { type: 'string' },
		help: { type: 'boolean', short: 'h', default: false },
	},
	'bench:floor',
);
if (values.help) {
	console.log(HELP);
	process.exit(0);
}
const entries = Number(values.entries);
if (!Number.isInteger(entries) || entries < 1) fail(`--entries must be a positive whole number, got ${values.entries ?? 'nothing'}`, USAGE_ERROR);

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'tmp/bench');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const siteDir = join(OUT, `site-${entries}`);
const reportPath = join(OUT, `report-${entries}.json`);
const MB = 1024 * 1024;

if (!existsSync(join(siteDir, 'news'))) fail(`No benchmark site in ${siteDir}: run \`npm run bench -- --entries ${entries} --keep\` first.`);
const report = existsSync(reportPath) ? (JSON.parse(readFileSync(reportPath, 'utf8')) as BenchReport) : undefined;
const pages = values.pages === undefined ? report?.pagesWritten : Number(values.pages);
if (pages === undefined) fail(`No ${reportPath} to take the page count from: pass --pages.`, USAGE_ERROR);
if (!Number.isInteger(pages) || pages < 1) fail(`--pages must be a positive whole number, got ${values.pages}`, USAGE_ERROR);

const loadBefore = loadavg()[0]!;

/** Astro alone: writes the one-file project and builds it with the project's Astro. */
async function astroAlone(pages: number): Promise<{ seconds: number; peakRss: number; pages: number }> {
	// Inside the repository, so that `astro` resolves from its node_modules.
	const floorDir = join(OUT, `floor-${entries}`);
	rmSync(floorDir, { recursive: true, force: true });
	writeFloorSite(floorDir, pages);
	console.log(`Astro alone: ${pages} one-paragraph pages …`);
	const run = await timedRun(process.execPath, [ASTRO, 'build', '--root', floorDir], {
		cwd: floorDir,
		env: { ...process.env, FORCE_COLOR: '0' },
		what: "the floor site's build",
	});
	rmSync(floorDir, { recursive: true, force: true });
	return { seconds: run.seconds, peakRss: run.peakRss, pages: pagesBuilt(run.lines) };
}

/** Pagefind alone: the site's full-text index of the kept entry pages (written over the kept site's own, which it equals). */
async function searchAlone(): Promise<{ seconds: number; peakRss: number; indexed: number }> {
	console.log(`Pagefind alone: the full-text index of ${siteDir} …`);
	let peakRss = 0;
	// This process and Pagefind's, as the build's indexing step is measured.
	const timer = setInterval(() => {
		peakRss = Math.max(peakRss, treeRss(process.pid));
	}, 100);
	const started = performance.now();
	try {
		const { counts } = await buildSearchIndex(siteDir, 1);
		const indexed = Object.values(counts).reduce((sum, count) => sum + count, 0);
		return { seconds: (performance.now() - started) / 1000, peakRss, indexed };
	} finally {
		clearInterval(timer);
		await close();
	}
}

const astro = await astroAlone(pages);
const search = await searchAlone();
const summary = floorSummary(entries, { astroSeconds: astro.seconds, searchSeconds: search.seconds }, report?.cold.seconds);
const loadAfter = loadavg()[0]!;

const f1 = (n: number) => n.toFixed(1);
const mb = (bytes: number) => String(Math.round(bytes / MB));
console.log(`\nFloor of a ${entries}-entry build · ${cpus().length} CPUs · Node ${process.version} · load ${f1(loadBefore)} → ${f1(loadAfter)}\n`);
console.log(
	table([
		['part', 'wall s', 'peak RSS MB'],
		[`Astro alone: ${astro.pages} one-paragraph pages`, f1(astro.seconds), mb(astro.peakRss)],
		[`Pagefind alone: full-text index of ${search.indexed} pages`, f1(search.seconds), mb(search.peakRss)],
		['floor (the two, one after the other)', f1(summary.floorSeconds), mb(Math.max(astro.peakRss, search.peakRss))],
	]),
);
if (summary.budgetSeconds !== undefined) {
	const left = summary.leftSeconds!;
	console.log(
		`\nBudget ${summary.budgetSeconds} s: ${left >= 0 ? `${f1(left)} s left` : `the floor alone is ${f1(-left)} s over it`} for content sync, the site's templates, feeds and the browse index.`,
	);
}
if (summary.beyondSeconds !== undefined)
	console.log(`The last full build (${reportPath}) took ${f1(report!.cold.seconds)} s: ${f1(summary.beyondSeconds)} s beyond the floor.`);

const floorPath = join(OUT, `floor-${entries}.json`);
writeFileSync(
	floorPath,
	`${JSON.stringify(
		{
			entries,
			cpus: cpus().length,
			node: process.version,
			load: { before: loadBefore, after: loadAfter },
			astroAlone: { pages: astro.pages, seconds: astro.seconds, peakRssMB: Math.round(astro.peakRss / MB) },
			pagefindAlone: { pages: search.indexed, seconds: search.seconds, peakRssMB: Math.round(search.peakRss / MB) },
			...summary,
		},
		null,
		'\t',
	)}\n`,
);
console.log(`\nReport: ${floorPath}`);
