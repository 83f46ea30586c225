/**
 * npm run lighthouse [-- --site DIR --base /path/ --detail PATH]
 *
 * Serves an already built site on 127.0.0.1 (sirv: the brotli twins, else gzip, like the production
 * nginx), runs Lighthouse in Debian's Chromium on four pages (home, the news
 * listing, a detail page and a search with a query) with Lighthouse's default
 * mobile profile and simulated throttling, prints a table, writes
 * tmp/bench/lighthouse.json (and each page's full HTML report), and exits 1
 * listing every category scored below 100 with the audits that cost points.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import compression from 'compression';
import type { Request, Response } from 'express';
import lighthouse from 'lighthouse';
import sirv from 'sirv';
import { CHROMIUM_PATH } from './lib/chromium.ts';
import { parseCommandLine, fail, USAGE_ERROR } from './lib/cli.ts';
import {
	auditPages,
	CATEGORIES,
	describeShortfall,
	firstEntryLink,
	medianRun,
	normalizeBase,
	shortfalls,
	summarize,
	TABLE_HEADER,
	tableRow,
	underBase,
	type Lhr,
	type PageSummary,
} from './lib/lighthouse.ts';
import { table } from './lib/measure.ts';

const HELP = `Usage: npm run lighthouse -- [options]

Runs Lighthouse (mobile profile, simulated throttling; performance,
accessibility, best practices, SEO) in Chromium on four pages of an already
built site: home, the news listing, a detail page and a search. Build first
(npm run build).

Options:
  --site DIR      built site to serve (default dist)
  --base /path/   base path the site was built for (default /)
  --detail PATH   detail page to audit (default: the first entry linked from /news/)
  --query WORD    search query for the search page (default "training")
  --runs N        Lighthouse runs per page; the run with the median performance
                  score is reported (default 3: performance varies between runs,
                  most on a busy machine)
  --chrome PATH   Chromium or Chrome binary (default $CHROMIUM_PATH or /usr/bin/chromium)
  --out FILE      summary to write (default tmp/bench/lighthouse.json); full
                  HTML reports go in a folder of the same name without .json
  -h, --help      show this help

Exits 1 when any score is below 100, listing the audits that cost points.`;

const { values } = parseCommandLine(
	{
		site: { type: 'string', default: 'dist' },
		base: { type: 'string', default: '/' },
		detail: { type: 'string' },
		query: { type: 'string', default: 'training' },
		runs: { type: 'string', default: '3' },
		chrome: { type: 'string', default: CHROMIUM_PATH },
		out: { type: 'string', default: 'tmp/bench/lighthouse.json' },
		help: { type: 'boolean', short: 'h', default: false },
	},
	'lighthouse',
);
if (values.help) {
	console.log(HELP);
	process.exit(0);
}

const ROOT = resolve(import.meta.dirname, '..');
const siteDir = resolve(ROOT, values.site);
const base = normalizeBase(values.base);
const outFile = resolve(ROOT, values.out);
const reportDir = outFile.replace(/\.json$/, '');
if (!existsSync(join(siteDir, 'index.html'))) fail(`${siteDir}: no index.html; build the site first (npm run build) or pass --site DIR`, USAGE_ERROR);
if (!existsSync(values.chrome)) fail(`${values.chrome}: no such browser; pass --chrome PATH or set CHROMIUM_PATH`, USAGE_ERROR);
if (!values.query.trim()) fail('--query must not be empty', USAGE_ERROR);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive whole number, got ${values.runs}`, USAGE_ERROR);
if (!existsSync(join(siteDir, 'pagefind'))) console.warn(`${siteDir} has no pagefind/ folder: the search page will find nothing.`);

/** As deploy/nginx/site.conf and public/_headers: hashed file names are cached for a year. */
const IMMUTABLE = /^\/(_astro|pagefind(-browse)?\/(index|fragment|filter))\//;

/**
 * As the production nginx: the build's brotli or gzip twin of a file when
 * there is one (`brotli_static`, `gzip_static`; sirv's `brotli` and `gzip`),
 * else gzip (level 6) for text types; Pagefind's own files
 * (application/octet-stream, compressed already) and images are sent as they are.
 */
const gzip = compression({ level: 6, threshold: 0 });

/** Serves `dir` under `base` on 127.0.0.1 and a free port, with the site's 404 page for unknown URLs. */
function serve(dir: string): Promise<{ server: Server; origin: string }> {
	const files = sirv(dir, {
		dev: false,
		etag: true,
		brotli: true,
		gzip: true,
		setHeaders: (res, pathname) => res.setHeader('Cache-Control', IMMUTABLE.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache'),
	});
	const notFoundPage = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : 'Not found';
	const server = createServer((req, res) => {
		const notFound = () => {
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFoundPage);
		};
		const url = req.url ?? '/';
		if (!url.startsWith(base)) return notFound();
		req.url = `/${url.slice(base.length)}`;
		return gzip(req as unknown as Request, res as unknown as Response, () => files(req, res, notFound));
	});
	return new Promise((done, reject) => {
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			done({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
		});
	});
}

/** chrome-launcher as Lighthouse itself resolves it (a dependency of lighthouse, not of this project). */
async function chromeLauncher(): Promise<typeof import('chrome-launcher')> {
	const fromLighthouse = createRequire(import.meta.resolve('lighthouse'));
	return import(pathToFileURL(fromLighthouse.resolve('chrome-launcher')).href) as Promise<typeof import('chrome-launcher')>;
}

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'];

const { server, origin } = await serve(siteDir);
let detail = values.detail === undefined ? undefined : underBase(values.detail, base);
if (!detail) {
	const response = await fetch(`${origin}${base}news/`);
	if (!response.ok) fail(`${origin}${base}news/ answered ${response.status}: is --base right (the site was built for it)?`);
	detail = firstEntryLink(await response.text(), base);
	if (!detail) fail(`no link to an entry under ${base}news/ found on ${base}news/: check --base (the base the site was built for) or pass --detail PATH`);
}
const pages = auditPages(base, detail, values.query);

const { launch } = await chromeLauncher();
const chrome = await launch({ chromePath: values.chrome, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
const summaries: (PageSummary & { performanceRuns: (number | null)[] })[] = [];
let environment: Record<string, unknown> = {};
const loadBefore = loadavg()[0]!;
mkdirSync(reportDir, { recursive: true });
try {
	for (const page of pages) {
		const url = `${origin}${page.path}`;
		const results: (PageSummary & { report: string })[] = [];
		for (let run = 1; run <= runs; run++) {
			console.log(`Lighthouse: ${page.name} ${page.path}${runs > 1 ? ` (run ${run} of ${runs})` : ''} …`);
			const result = await lighthouse(url, { port: chrome.port, output: 'html', logLevel: 'error', onlyCategories: [...CATEGORIES] });
			if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
			const lhr = result.lhr;
			environment = {
				lighthouse: lhr.lighthouseVersion,
				browser: lhr.environment.hostUserAgent,
				benchmarkIndex: lhr.environment.benchmarkIndex,
				formFactor: lhr.configSettings.formFactor,
				throttlingMethod: lhr.configSettings.throttlingMethod,
			};
			const summary = summarize(lhr as unknown as Lhr, page, url);
			for (const warning of summary.warnings) console.warn(`  warning: ${warning}`);
			if (summary.runtimeError) console.error(`  error: ${summary.runtimeError}`);
			results.push({ ...summary, report: String(result.report) });
		}
		const { report, ...chosen } = medianRun(results);
		summaries.push({ ...chosen, performanceRuns: results.map((result) => result.scores.performance) });
		writeFileSync(join(reportDir, `${page.name}.html`), report);
	}
} finally {
	chrome.kill();
	server.close();
}
const loadAfter = loadavg()[0]!;

const missed = shortfalls(summaries);
const report = {
	site: siteDir,
	base,
	date: new Date().toISOString(),
	node: process.version,
	...environment,
	runsPerPage: runs,
	load: { before: loadBefore, after: loadAfter },
	pages: summaries,
	belowPerfect: missed,
};
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(report, null, '\t')}\n`);

const f1 = (n: number) => n.toFixed(1);
console.log(
	`\n${siteDir} · Lighthouse ${String(environment['lighthouse'])} · ${String(environment['formFactor'])}, ${String(environment['throttlingMethod'])} throttling · benchmark index ${String(environment['benchmarkIndex'])} · load ${f1(loadBefore)} → ${f1(loadAfter)}\n`,
);
console.log(
	table([
		[...TABLE_HEADER, ...(runs > 1 ? ['perf runs'] : [])],
		...summaries.map((page) => [...tableRow(page), ...(runs > 1 ? [page.performanceRuns.map((score) => score ?? '–').join(' ')] : [])]),
	]),
);
if (runs > 1) console.log(`(median of ${runs} runs by performance score)`);
if (loadBefore >= cpus().length / 2)
	console.log(`Other work was running (load ${f1(loadBefore)} on ${cpus().length} CPUs at the start): performance scores, TBT most, vary with it.`);
console.log(`\nSummary: ${outFile}\nFull reports: ${reportDir}/{${pages.map((page) => page.name).join(',')}}.html`);

if (missed.length) {
	console.error(`\n${missed.length} score(s) below 100:`);
	for (const shortfall of missed) console.error(describeShortfall(shortfall).join('\n'));
	process.exit(1);
}
console.log('\nAll scores 100.');
