/**
 * npm run bench:peers -- --entries N   (also: npm run bench -- --peers --entries N)
 *
 * Builds the benchmark corpus of N entries (scripts/lib/corpus.ts, as
 * `npm run bench` generates it, without the photos) in the same run with
 * Hugo, Eleventy and a bare Astro project, each followed by the Pagefind CLI
 * over its entry pages (scripts/lib/peers/), and with the site's own
 * `npm run build`, search included (as scripts/bench.ts runs it, English only
 * by default); times each total (wall clock, build + index) and its peak
 * memory (process tree, from /proc), prints a table and the site's ratios to
 * each peer, and writes tmp/bench/peers-N.json. Hugo (Debian's package) and
 * Eleventy (npm, into tmp/bench/peers/eleventy-tools, outside the project's
 * dependencies) are installed on first use.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { swapFolders } from './lib/build/publish.ts';
import { corpusOptions, fail, parseCommandLine, USAGE_ERROR } from './lib/cli.ts';
import { writeCorpus } from './lib/corpus.ts';
import { splitPhases, stealWarning } from './lib/measure.ts';
import { astroSiteFiles } from './lib/peers/astro.ts';
import { htmlPages, indexedPages, pagefindArgs, writeProject } from './lib/peers/common.ts';
import { ELEVENTY_BIN, ELEVENTY_PACKAGE, eleventySiteFiles } from './lib/peers/eleventy.ts';
import { hugoArgs, hugoSiteFiles } from './lib/peers/hugo.ts';
import { parsePeerList, peerResult, PEER_IDS, ratiosTable, resultsTable, siteRatios, type PeerId, type PeerResult, type StepRun } from './lib/peers/report.ts';
import { siteBuild } from './lib/peers/site.ts';
import { timedRun, type TimedRun } from './lib/timed-run.ts';
import { INDEX_FOLDERS } from '../src/lib/search/bundles.ts';

const HELP = `Usage: npm run bench:peers -- --entries N [options]
       npm run bench -- --peers --entries N [options]

Builds the corpus of N generated entries that npm run bench builds (without
its photos) with Hugo, Eleventy and a bare Astro project, each followed by the
Pagefind CLI over its entry pages, and with the site's own npm run build
(search index included); reports each total (wall clock, build + index) and
peak memory, and the site's ratios to each peer. Hugo (apt-get install -y
hugo) and Eleventy (npm install --prefix tmp/bench/peers/eleventy-tools) are
installed when missing, outside the project's dependencies.

Options:
  --entries N        number of entries (default 1000)
  --seed S           corpus seed (default 1)
  --languages LIST   SITE_LANGUAGES for the site's build (default en; the peers
                     build the English originals only, translations left out)
  --only LIST        the builders to run, of ${PEER_IDS.join(', ')} (default all)
  --keep             keep the corpus, the projects and their output in tmp/bench/peers/
  -h, --help         show this help

Writes tmp/bench/peers-N.json.`;

const { values } = parseCommandLine(
	{
		entries: { type: 'string', default: '1000' },
		seed: { type: 'string', default: '1' },
		languages: { type: 'string', default: 'en' },
		only: { type: 'string', default: PEER_IDS.join(',') },
		keep: { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h', default: false },
	},
	'bench:peers',
);
if (values.help) {
	console.log(HELP);
	process.exit(0);
}
const size = corpusOptions(values);
if ('error' in size) fail(size.error, USAGE_ERROR);
const { entries, seed } = size;
let builders: PeerId[] = [];
try {
	builders = parsePeerList(values.only);
} catch (error) {
	fail(`--only: ${(error as Error).message}`, USAGE_ERROR);
}
const languages = values.languages;

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'tmp/bench');
const PEERS = join(OUT, 'peers');
const ELEVENTY_TOOLS = join(PEERS, 'eleventy-tools');
const contentDir = join(PEERS, `content-${entries}`);
const siteDir = join(PEERS, 'site');
const PAGEFIND = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const shown = (path: string) => relative(ROOT, path) || '.';
const packageVersion = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
const PAGEFIND_VERSION = packageVersion(join(ROOT, 'node_modules/pagefind/package.json'));
const ASTRO_VERSION = packageVersion(join(ROOT, 'node_modules/astro/package.json'));

/** Hugo's version, or undefined when there is no `hugo` on PATH. */
function hugoVersion(): string | undefined {
	const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
	if (result.status !== 0) return undefined;
	return /v(\d+\.\d+\.\d+)/.exec(result.stdout)?.[1] ?? result.stdout.trim();
}

/** Hugo on PATH, else Debian's package installed (as root), with an apt-get update when the first try fails. */
function ensureHugo(): string {
	const found = hugoVersion();
	if (found) return found;
	const install = () => spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'hugo'], { stdio: 'inherit' }).status === 0;
	console.log("No hugo on PATH: installing Debian's package (apt-get install -y --no-install-recommends hugo) …");
	if (!install()) {
		console.log('apt-get update, then again …');
		spawnSync('apt-get', ['update'], { stdio: 'inherit' });
		if (!install()) fail('Could not install Hugo: run `apt-get install -y hugo` as root, or put a hugo on PATH.');
	}
	const version = hugoVersion();
	if (!version) return fail('apt-get installed hugo, but `hugo version` does not run.');
	console.log(`Installed hugo ${version} (Debian's package).`);
	return version;
}

/** Eleventy in tmp/bench/peers/eleventy-tools (kept between runs), installed there with npm when missing. */
function ensureEleventy(): string {
	const manifest = join(ELEVENTY_TOOLS, 'node_modules/@11ty/eleventy/package.json');
	if (!existsSync(manifest)) {
		console.log(`No Eleventy in ${shown(ELEVENTY_TOOLS)}: installing it (npm install --prefix ${shown(ELEVENTY_TOOLS)} ${ELEVENTY_PACKAGE}) …`);
		mkdirSync(ELEVENTY_TOOLS, { recursive: true });
		// Its own package.json, so that npm installs there and never into the project's.
		const own = join(ELEVENTY_TOOLS, 'package.json');
		if (!existsSync(own)) writeFileSync(own, `${JSON.stringify({ name: 'bench-peers-eleventy-tools', private: true }, null, '\t')}\n`);
		const result = spawnSync('npm', ['install', '--prefix', ELEVENTY_TOOLS, '--no-audit', '--no-fund', ELEVENTY_PACKAGE], {
			cwd: ELEVENTY_TOOLS,
			stdio: 'inherit',
		});
		if (result.status !== 0 || !existsSync(manifest)) fail(`Could not install ${ELEVENTY_PACKAGE} into ${ELEVENTY_TOOLS}.`);
		console.log(`Installed @11ty/eleventy ${packageVersion(manifest)} into ${shown(ELEVENTY_TOOLS)}.`);
	}
	return packageVersion(manifest);
}

const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };

/** The Pagefind CLI over a peer's entry pages; fails unless it indexed every entry (each detail page's data-pagefind-body). */
async function pagefind(site: string, what: string): Promise<{ run: TimedRun; indexed: number }> {
	console.log(`  Pagefind ${PAGEFIND_VERSION} over ${shown(site)} …`);
	const run = await timedRun(process.execPath, [PAGEFIND, ...pagefindArgs(site)], { cwd: ROOT, env, what: `Pagefind over ${what}` });
	const indexed = indexedPages(run.lines) ?? 0;
	if (indexed !== entries) {
		process.stderr.write(`${run.lines.map((line) => line.text).join('\n')}\n`);
		fail(`Pagefind indexed ${indexed} page(s) of ${what}, expected ${entries}: every detail page must carry data-pagefind-body.`);
	}
	return { run, indexed };
}

const step = (run: TimedRun): StepRun => ({ seconds: run.seconds, peakRss: run.peakRss, stealShare: run.stealShare });

/** A peer: write its project, build it cold, index its output. */
async function peer(
	id: Exclude<PeerId, 'site'>,
	versions: string,
	build: { cwd: string; out: string; command: string; args: string[]; what: string },
): Promise<PeerResult> {
	const loadBefore = loadavg()[0]!;
	console.log(`${build.what} …`);
	const built = await timedRun(build.command, build.args, { cwd: build.cwd, env, what: build.what });
	const { run, indexed } = await pagefind(build.out, build.what);
	return peerResult(id, { versions, loadBefore, pages: htmlPages(build.out), indexed }, step(built), step(run));
}

async function hugo(version: string): Promise<PeerResult> {
	const dir = join(PEERS, 'hugo');
	rmSync(dir, { recursive: true, force: true });
	writeProject(dir, hugoSiteFiles(contentDir));
	const out = join(dir, 'public');
	return peer('hugo', `hugo ${version}, pagefind ${PAGEFIND_VERSION}`, {
		cwd: dir,
		out,
		command: 'hugo',
		args: hugoArgs(dir, out, join(dir, 'cache')),
		what: `Hugo ${version}: ${entries} detail pages and lists`,
	});
}

async function eleventy(version: string): Promise<PeerResult> {
	const dir = join(PEERS, 'eleventy');
	rmSync(dir, { recursive: true, force: true });
	const out = join(dir, '_site');
	writeProject(dir, eleventySiteFiles(contentDir, out));
	return peer('eleventy', `@11ty/eleventy ${version}, pagefind ${PAGEFIND_VERSION}`, {
		// From the folder that holds the corpus: Eleventy's "**/" ignores do not reach into "../".
		cwd: PEERS,
		out,
		command: process.execPath,
		// Quiet: without it Eleventy prints a line per file written.
		args: [join(ELEVENTY_TOOLS, ELEVENTY_BIN), '--config', join(dir, 'eleventy.config.mjs'), '--quiet'],
		what: `Eleventy ${version}: ${entries} detail pages and lists`,
	});
}

async function astro(): Promise<PeerResult> {
	// Inside the repository, so that `astro` resolves from its node_modules.
	const dir = join(PEERS, 'astro');
	rmSync(dir, { recursive: true, force: true });
	writeProject(dir, astroSiteFiles(contentDir));
	return peer('astro', `astro ${ASTRO_VERSION}, pagefind ${PAGEFIND_VERSION}`, {
		cwd: dir,
		out: join(dir, 'dist'),
		command: process.execPath,
		args: [ASTRO, 'build', '--root', dir],
		what: `bare Astro ${ASTRO_VERSION}: ${entries} detail pages and lists`,
	});
}

/** Pages in the site's full-text index: the page counts of its bundles (pagefind/<lang>/). */
function siteIndexed(): number {
	const root = join(siteDir, INDEX_FOLDERS.main);
	return readdirSync(root, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'pagefind-entry.json')))
		.reduce((sum, entry) => {
			const bundle = JSON.parse(readFileSync(join(root, entry.name, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
			return sum + Object.values(bundle.languages).reduce((count, language) => count + language.page_count, 0);
		}, 0);
}

/** The site's own build, cold, as scripts/bench.ts runs it; its search-indexing phase (both indexes) counts as the index step. */
async function site(): Promise<PeerResult> {
	const cacheDir = join(PEERS, 'site-cache');
	rmSync(cacheDir, { recursive: true, force: true });
	rmSync(siteDir, { recursive: true, force: true });
	for (const folder of Object.values(swapFolders(siteDir))) rmSync(folder, { recursive: true, force: true });
	const { args, env: buildEnv } = siteBuild({ root: ROOT, contentDir, siteDir, cacheDir, languages });
	const loadBefore = loadavg()[0]!;
	console.log(`The site's npm run build (SITE_LANGUAGES=${languages}) …`);
	const run = await timedRun(process.execPath, args, { cwd: ROOT, env: buildEnv, what: "the site's build" });
	const indexing = splitPhases(run.lines, run.seconds * 1000).find((phase) => phase.name === 'search indexing')!;
	const inIndexing = (at: number) => at >= indexing.start && at <= indexing.end + 100;
	const peak = (samples: TimedRun['samples']) => Math.max(0, ...samples.map((sample) => sample.rss));
	const indexSeconds = (indexing.end - indexing.start) / 1000;
	return peerResult(
		'site',
		{ versions: `astro ${ASTRO_VERSION}, pagefind ${PAGEFIND_VERSION} (Node API)`, loadBefore, pages: htmlPages(siteDir), indexed: siteIndexed() },
		// Everything but the indexing (start-up to Astro's exit, then precompression and publishing) is the build.
		{ seconds: run.seconds - indexSeconds, peakRss: peak(run.samples.filter((sample) => !inIndexing(sample.at))), stealShare: run.stealShare },
		{ seconds: indexSeconds, peakRss: peak(run.samples.filter((sample) => inIndexing(sample.at))), stealShare: run.stealShare },
	);
}

// Tools first, so that installing them is not timed.
const hugoAt = builders.includes('hugo') ? ensureHugo() : undefined;
const eleventyAt = builders.includes('eleventy') ? ensureEleventy() : undefined;

const loadBefore = loadavg()[0]!;
console.log(`Generating ${entries} entries (seed ${seed}, no photos) in ${shown(contentDir)} …`);
const { originals, translations } = writeCorpus(contentDir, entries, join(ROOT, 'content/taxonomies'), seed, { photos: false });
console.log(`${originals.length} entries and ${translations.length} translations (only the site's build reads the translations)`);

const results: PeerResult[] = [];
for (const id of builders) {
	if (id === 'hugo') results.push(await hugo(hugoAt!));
	if (id === 'eleventy') results.push(await eleventy(eleventyAt!));
	if (id === 'astro') results.push(await astro());
	if (id === 'site') results.push(await site());
}
const loadAfter = loadavg()[0]!;
const ratios = siteRatios(results);

const f1 = (n: number) => n.toFixed(1);
console.log(`\n${entries} entries · ${cpus().length} CPUs · Node ${process.version} · load ${f1(loadBefore)} → ${f1(loadAfter)} · site in ${languages}\n`);
console.log(resultsTable(results));
if (ratios.length) console.log(`\n${ratiosTable(ratios)}`);
for (const result of results) {
	const warning = stealWarning(result.stealShare, result.label);
	if (warning) console.warn(`\n${warning}`);
}

const reportPath = join(OUT, `peers-${entries}.json`);
const report = {
	entries,
	seed,
	photos: false,
	node: process.version,
	cpus: cpus().length,
	load: { before: loadBefore, after: loadAfter },
	siteLanguages: languages,
	results,
	ratios,
};
writeFileSync(reportPath, `${JSON.stringify(report, null, '\t')}\n`);
console.log(`\nReport: ${shown(reportPath)}`);

if (!values.keep) {
	for (const folder of [
		'hugo',
		'eleventy',
		'astro',
		'site',
		'site-cache',
		...Object.values(swapFolders(siteDir)).map((path) => relative(PEERS, path)),
		relative(PEERS, contentDir),
	])
		rmSync(join(PEERS, folder), { recursive: true, force: true });
}
