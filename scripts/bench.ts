/**
 * npm run bench -- --entries N [--keep]
 *
 * Generates a deterministic corpus of N entries (and translations of about one
 * in ten) in tmp/bench/content-N, builds
 * the whole site from it as `npm run build` does (scripts/build.ts; with
 * CONTENT_DIR, its own content-layer cache, output in tmp/bench/site-N),
 * rebuilds after editing one entry, measures the build
 * phases, memory, output, a detail page in each language built (SITE_LANGUAGES,
 * passed on to the build) and a cold search in Chromium, prints
 * a table, writes tmp/bench/report-N.json, and exits 1 when a budget is missed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { swapFolders } from './lib/build/publish.ts';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { corpusOptions, fail, parseCommandLine, USAGE_ERROR } from './lib/cli.ts';
import { generateCorpus, PHOTO_EVERY, PHOTO_SIZES, writeCorpus, writeCorpusPhotos, type CorpusFile } from './lib/corpus.ts';
import {
	brotliSize,
	checkBudgets,
	folderSize,
	gzipSize,
	pageAssets,
	pagesBuilt,
	splitPhases,
	stealWarning,
	table,
	type BenchReport,
	type DetailPageReport,
	type PhaseReport,
} from './lib/measure.ts';
import { siteBuild } from './lib/peers/site.ts';
import { timedRun, type TimedRun } from './lib/timed-run.ts';
import { DEFAULT_LANG } from '../src/lib/routing/paths.ts';
import { LANGUAGES } from '../src/translations/index.ts';

const HELP = `Usage: npm run bench -- --entries N [options]

Builds the site from N generated entries (about one in ten translated) in the
languages SITE_LANGUAGES names (default all six) and reports build time per phase,
peak memory, pages, output and search-index size, the compressed size of a
detail page, and the bytes a cold search transfers (in Chromium).

Options:
  --entries N     number of entries (default 1000); budgets are checked at 10000 and 50000
  --seed S        corpus seed (default 1)
  --keep          keep the generated content and built site in tmp/bench/
  --no-rebuild    skip the rebuild after editing one entry
  --no-browser    skip the cold search measured in Chromium
  --no-photos     leave out the photos (one entry in five otherwise), whose encoding dominates a
                  cold build of many entries; the rest of the corpus is the same
  --query WORD    search query for the cold search (default "training"; "smuggling"
                  is in nearly every generated entry, a worst case of two large index chunks)
  --peers         instead, the same corpus built by Hugo, Eleventy and bare Astro, each with
                  Pagefind, against this build (npm run bench:peers -- --help)
  -h, --help      show this help

Writes tmp/bench/report-N.json; exits 1 with a summary when a budget is missed.`;

// --peers: the peer comparison (scripts/bench-peers.ts) with the other options.
if (process.argv.includes('--peers')) {
	const args = process.argv.slice(2).filter((arg) => arg !== '--peers');
	process.exit(spawnSync(process.execPath, [join(import.meta.dirname, 'bench-peers.ts'), ...args], { stdio: 'inherit' }).status ?? 1);
}

const { values } = parseCommandLine(
	{
		entries: { type: 'string', default: '1000' },
		seed: { type: 'string', default: '1' },
		keep: { type: 'boolean', default: false },
		'no-rebuild': { type: 'boolean', default: false },
		'no-browser': { type: 'boolean', default: false },
		'no-photos': { type: 'boolean', default: false },
		query: { type: 'string', default: 'training' },
		help: { type: 'boolean', short: 'h', default: false },
	},
	'bench',
);
if (values.help) {
	console.log(HELP);
	process.exit(0);
}
const size = corpusOptions(values);
if ('error' in size) fail(size.error, USAGE_ERROR);
const { entries, seed } = size;

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'tmp/bench');
const contentDir = join(OUT, `content-${entries}`);
const siteDir = join(OUT, `site-${entries}`);
const cacheDir = join(OUT, `cache-${entries}`);
const MB = 1024 * 1024;

/** Runs the build as `npm run build` does (scripts/build.ts) on the corpus, timing each output line and sampling the memory of the process tree. */
function build(): Promise<TimedRun> {
	const { args, env } = siteBuild({ root: ROOT, contentDir, siteDir, cacheDir });
	return timedRun(process.execPath, args, { cwd: ROOT, env, what: 'the build' });
}

function phaseReports(run: TimedRun): PhaseReport[] {
	return splitPhases(run.lines, run.seconds * 1000).map((phase) => {
		const inPhase = run.samples.filter((sample) => sample.at >= phase.start && sample.at <= phase.end + 100);
		return { name: phase.name, seconds: (phase.end - phase.start) / 1000, peakRssMB: Math.round(Math.max(0, ...inPhase.map((sample) => sample.rss)) / MB) };
	});
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
};
/** Compressed like a production server: gzip for text types; Pagefind's own .pf_* files are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.wasm']);

/** A static server for the built site that gzips what a production server would. */
function serve(dir: string): Promise<{ server: Server; origin: string; sent: () => number }> {
	let sent = 0;
	const server = createServer((req, res) => {
		let path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
		if (path.endsWith('/')) path += 'index.html';
		const file = normalize(join(dir, path));
		if (!file.startsWith(dir) || !existsSync(file)) {
			res.writeHead(404).end();
			return;
		}
		const ext = extname(file);
		let body: Buffer = readFileSync(file);
		const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store' };
		if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			body = gzipSync(body, { level: 6 });
			headers['content-encoding'] = 'gzip';
		}
		sent += body.length;
		res.writeHead(200, headers).end(body);
	});
	return new Promise((done) =>
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			done({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, sent: () => sent });
		}),
	);
}

/**
 * Bytes transferred for loading /search/?q=<query> with an empty cache until
 * results show: every response of the page and of its workers (Pagefind
 * searches in a Web Worker), headers plus compressed body, as Chromium reports
 * them (the encoded sizes the DevTools network panel shows).
 */
async function coldSearch(query: string): Promise<BenchReport['search']> {
	const { chromium } = await import('playwright-core');
	const { server, origin, sent } = await serve(siteDir);
	const browser = await chromium.launch(chromiumLaunchOptions);
	try {
		const context = await browser.newContext();
		const finished: Promise<number>[] = [];
		context.on('requestfinished', (request) => finished.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize)));
		const page = await context.newPage();
		await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
		await page.locator('#search-results > li').first().waitFor({ timeout: 30_000 });
		await page.waitForLoadState('networkidle');
		const results = await page.locator('#search-results > li').count();
		const sizes = await Promise.all(finished);
		// The server's count of body bytes sent is a cross-check (it leaves out headers).
		return { query, bytes: sizes.reduce((sum, size) => sum + size, 0), bodyBytesServed: sent(), requests: sizes.length, results };
	} finally {
		await browser.close();
		server.close();
	}
}

/** A detail page's HTML + CSS, gzip and brotli, and its scripts. */
function measurePage(lang: string, path: string): DetailPageReport {
	const html = readFileSync(join(siteDir, path), 'utf8');
	const assets = pageAssets(html);
	const styles = assets.styles.map((href) => readFileSync(join(siteDir, href.replace(/^\//, ''))));
	const cssGzip = styles.reduce((sum, css) => sum + gzipSize(css), 0);
	const htmlGzip = gzipSize(html);
	const totalBrotli = brotliSize(html) + styles.reduce((sum, css) => sum + brotliSize(css), 0);
	return { lang, path, htmlGzip, cssGzip, totalGzip: htmlGzip + cssGzip, totalBrotli, scripts: assets.scripts.length + assets.inlineScripts };
}

/**
 * A typical detail page in each language built: the news entry in the middle
 * of the corpus, and in each other language the middle one of the news
 * entries translated into it (its page, under the language's prefix).
 */
function detailPages(translations: readonly CorpusFile[]): DetailPageReport[] {
	const middle = <T>(list: readonly T[]): T | undefined => list[Math.floor(list.length / 2)];
	return LANGUAGES.flatMap(({ code }) => {
		if (code === DEFAULT_LANG) {
			const chosen = middle(generateCorpus(entries, seed).filter((file) => file.type === 'news'))!;
			return [measurePage(code, `news/${chosen.slug}/index.html`)];
		}
		const chosen = middle(translations.filter((file) => file.type === 'news' && file.translation === code));
		return chosen ? [measurePage(code, `${code}/news/${chosen.slug}/index.html`)] : [];
	});
}

const loadBefore = loadavg()[0]!;
console.log(`Generating ${entries} entries (seed ${seed}) in ${contentDir} …`);
const { originals: corpus, translations } = writeCorpus(contentDir, entries, join(ROOT, 'content/taxonomies'), seed, { photos: !values['no-photos'] });
console.log(`${translations.length} translations; languages built: ${LANGUAGES.map((language) => language.code).join(', ')} (SITE_LANGUAGES)`);
const photos = await writeCorpusPhotos(contentDir, corpus);
console.log(
	values['no-photos']
		? 'No photos (--no-photos)'
		: `${photos} photos (${PHOTO_SIZES.map(([width, height]) => `${width}×${height}`).join(', ')}, one entry in ${PHOTO_EVERY})`,
);
rmSync(cacheDir, { recursive: true, force: true });
rmSync(siteDir, { recursive: true, force: true });
// The build keeps the build it replaced beside the site, to publish the next one from (scripts/lib/build/publish.ts).
for (const folder of Object.values(swapFolders(siteDir))) rmSync(folder, { recursive: true, force: true });

console.log('Cold build …');
const cold = await build();
const loadAfter = loadavg()[0]!;
const output = folderSize(siteDir);
const searchIndex = folderSize(join(siteDir, 'pagefind'));
const pages = detailPages(translations);
const detail = pages[0]!;

let rebuild: BenchReport['rebuild'];
if (!values['no-rebuild']) {
	// Edit one entry (a sentence added to its body), as an author would, and build again.
	const edited = corpus[Math.floor(corpus.length / 3)]!;
	writeFileSync(join(contentDir, edited.path), `${edited.source}\nAn added sentence, edited for the rebuild benchmark.\n`);
	console.log(`Rebuild after editing ${edited.path} …`);
	const run = await build();
	writeFileSync(join(contentDir, edited.path), edited.source);
	rebuild = {
		seconds: run.seconds,
		peakRssMB: Math.round(run.peakRss / MB),
		ratio: run.seconds / cold.seconds,
		phases: phaseReports(run),
		stealShare: run.stealShare,
	};
}

let search: BenchReport['search'];
if (!values['no-browser']) {
	console.log(`Cold search for "${values.query}" in Chromium …`);
	search = await coldSearch(values.query);
}

const report: BenchReport = {
	entries,
	seed,
	node: process.version,
	cpus: cpus().length,
	load: { before: loadBefore, after: loadAfter },
	cold: { seconds: cold.seconds, peakRssMB: Math.round(cold.peakRss / MB), phases: phaseReports(cold), stealShare: cold.stealShare },
	msPerEntry: (cold.seconds * 1000) / entries,
	rebuild,
	pagesWritten: pagesBuilt(cold.lines),
	outputMB: output.bytes / MB,
	outputFiles: output.files,
	searchIndexMB: searchIndex.bytes / MB,
	searchIndexFiles: searchIndex.files,
	languages: LANGUAGES.map((language) => language.code),
	detailPage: detail,
	detailPages: pages,
	search,
};

const referencePath = join(OUT, 'report-10000.json');
const reference = entries !== 10_000 && existsSync(referencePath) ? (JSON.parse(readFileSync(referencePath, 'utf8')) as BenchReport) : undefined;
const budgets = checkBudgets(report, reference);
writeFileSync(join(OUT, `report-${entries}.json`), `${JSON.stringify({ ...report, budgets }, null, '\t')}\n`);

const f1 = (n: number) => n.toFixed(1);
const pct = (share: number) => `${(share * 100).toFixed(1)} %`;
console.log(`\n${entries} entries · ${report.cpus} CPUs · Node ${report.node} · load ${f1(loadBefore)} → ${f1(loadAfter)}\n`);
console.log(
	table([
		['phase', 'wall s', 'peak RSS MB'],
		...report.cold.phases.map((phase) => [phase.name, f1(phase.seconds), String(phase.peakRssMB)]),
		['whole build', f1(report.cold.seconds), String(report.cold.peakRssMB)],
		...(rebuild ? [['rebuild after one edit', f1(rebuild.seconds), String(rebuild.peakRssMB)]] : []),
		// What the rebuild spent after Astro: it compresses and publishes only what changed.
		...(rebuild?.phases ? rebuild.phases.slice(-3).map((phase) => [`  rebuild: ${phase.name}`, f1(phase.seconds), String(phase.peakRssMB)]) : []),
	]),
);
console.log();
console.log(
	table([
		['measure', 'value'],
		['cost per entry', `${report.msPerEntry.toFixed(2)} ms`],
		['pages written', String(report.pagesWritten)],
		['CPU taken by the host (steal)', [`cold ${pct(cold.stealShare)}`, ...(rebuild ? [`rebuild ${pct(rebuild.stealShare!)}`] : [])].join(', ')],
		['output', `${f1(report.outputMB)} MB in ${report.outputFiles} files`],
		['search index', `${f1(report.searchIndexMB)} MB in ${report.searchIndexFiles} files`],
		...pages.map((page) => [
			`detail page HTML + CSS, ${page.lang} (gzip; brotli)`,
			`${f1(page.htmlGzip / 1024)} + ${f1(page.cssGzip / 1024)} = ${f1(page.totalGzip / 1024)} KB; ${f1(page.totalBrotli! / 1024)} KB, ${page.scripts} script(s)`,
		]),
		...(search ? [[`cold search "${search.query}"`, `${f1(search.bytes / 1024)} KB in ${search.requests} requests, ${search.results} results shown`]] : []),
	]),
);
console.log();
console.log(
	table([['budget', 'limit', 'measured', ''], ...budgets.map((budget) => [budget.name, budget.limit, budget.measured, budget.ok ? 'ok' : 'MISSED'])]),
);
for (const warning of [stealWarning(cold.stealShare, 'The cold build'), rebuild && stealWarning(rebuild.stealShare!, 'The rebuild')]) {
	if (warning) console.warn(`\n${warning}`);
}
console.log(`\nReport: ${join(OUT, `report-${entries}.json`)}`);

if (!values.keep) {
	rmSync(siteDir, { recursive: true, force: true });
	for (const folder of Object.values(swapFolders(siteDir))) rmSync(folder, { recursive: true, force: true });
	rmSync(contentDir, { recursive: true, force: true });
	rmSync(cacheDir, { recursive: true, force: true });
}
const missed = budgets.filter((budget) => !budget.ok);
if (missed.length) {
	console.error(`\n${missed.length} budget(s) missed: ${missed.map((budget) => `${budget.name} (${budget.measured}, limit ${budget.limit})`).join('; ')}`);
	process.exit(1);
}
