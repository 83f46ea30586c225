/**
 * Measuring helpers for the benchmark: build phases from Astro's log lines,
 * peak memory of a process tree sampled from /proc, the CPU time the host
 * took from this machine (steal), sizes on disk and
 * compressed, and the budgets a report is judged against. Pure except for the
 * /proc and file-system readers.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import { LEVELS } from './build/precompress.ts';

/** A line of build output and when it arrived (ms since the build started). */
export interface TimedLine {
	at: number;
	text: string;
}

export interface Phase {
	name: string;
	start: number;
	end: number;
}

/** Phase names, in build order. */
export const PHASES = [
	'start-up',
	'content sync',
	'bundling',
	'page rendering',
	'image optimisation',
	'other post-build',
	'search indexing',
	'precompression',
	'publishing',
] as const;

const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Splits a build into phases by the lines Astro and the search indexing print:
 * start → "[content] Syncing content" (start-up: Node, config, Vite for the
 * content config) → "[content] Synced content" (content sync);
 * → "generating static routes" (Vite bundling); → the "✓ Completed" after the
 * routes (page rendering); → the "✓ Completed" after "generating optimized
 * images" (image optimisation: resizing and encoding photos, or copying them
 * from the build cache); → "Indexing entry pages for search" (the rest of
 * Astro's build and its exit: output clean-up, sitemap); → the end (both
 * Pagefind indexes, run by scripts/build.ts once Astro has exited, with the
 * pages compressed beside them) → the index's compression → publishing.
 */
export function splitPhases(lines: readonly TimedLine[], total: number): Phase[] {
	const find = (pattern: RegExp, from = 0): number => lines.findIndex((line, i) => i >= from && pattern.test(line.text.replace(ANSI, '')));
	const syncing = find(/\[content\] Syncing content/);
	const synced = find(/\[content\] Synced content/);
	const routes = find(/generating static routes/, Math.max(0, synced));
	const rendered = find(/✓ Completed in/, Math.max(0, routes));
	const images = find(/generating optimized images/, Math.max(0, rendered));
	const imagesDone = images >= 0 ? find(/✓ Completed in/, images) : -1;
	const indexing = find(/Indexing entry pages for search/, Math.max(0, rendered));
	// scripts/build.ts: the pages are compressed while the index is built; once it is written, the index's own files
	// (and any pages left), then the swap into the output folder. Older builds compressed everything after indexing.
	const compressing = find(/\[search\] Search indexes written|\[compress\] Compressing/, Math.max(0, indexing));
	const publishing = find(/\[publish\] Publishing/, Math.max(0, compressing));
	const at = (index: number, fallback: number) => (index >= 0 ? lines[index]!.at : fallback);
	const marks = [
		0,
		at(syncing, 0),
		at(synced, at(syncing, 0)),
		at(routes, at(synced, 0)),
		at(rendered, at(routes, 0)),
		// A site without images has no such phase: it takes no time.
		at(imagesDone, at(rendered, at(routes, 0))),
		at(indexing, total),
		at(compressing, total),
		at(publishing, total),
		total,
	];
	return PHASES.map((name, i) => ({ name, start: marks[i]!, end: Math.max(marks[i]!, marks[i + 1]!) }));
}

/** Pages Astro reports as built ("12781 page(s) built in …"). */
export function pagesBuilt(lines: readonly TimedLine[]): number {
	for (const line of lines) {
		const match = /(\d+) page\(s\) built in/.exec(line.text.replace(ANSI, ''));
		if (match) return Number(match[1]);
	}
	return 0;
}

/** Resident memory (bytes) of `pid` and all its descendants, from /proc; 0 when gone. */
export function treeRss(pid: number): number {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const parent = Number(fields[1]);
			rss.set(Number(name), Number(fields[21]) * 4096);
			const list = children.get(parent) ?? [];
			list.push(Number(name));
			children.set(parent, list);
		} catch {
			// The process ended while we looked.
		}
	}
	let total = 0;
	const stack = [pid];
	while (stack.length) {
		const current = stack.pop()!;
		total += rss.get(current) ?? 0;
		stack.push(...(children.get(current) ?? []));
	}
	return total;
}

/** The machine's CPU time so far, from the aggregate `cpu` line of /proc/stat, in clock ticks (USER_HZ). */
export interface CpuTimes {
	/** Every state summed: user, nice, system, idle, iowait, irq, softirq, steal. */
	total: number;
	/** Time a virtual machine's CPUs were ready to run but the hypervisor ran something else. */
	steal: number;
}

/** Reads the aggregate CPU times of a /proc/stat text; fails on a text without its `cpu` line. */
export function cpuTimes(procStat: string): CpuTimes {
	const line = /^cpu +(.*)$/m.exec(procStat);
	if (!line) throw new Error('/proc/stat has no aggregate "cpu" line');
	// guest and guest_nice (fields 9 and 10) are already counted in user and nice.
	const fields = line[1]!.trim().split(/\s+/).map(Number).slice(0, 8);
	return { total: fields.reduce((sum, value) => sum + value, 0), steal: fields[7] ?? 0 };
}

/** The machine's CPU times now (zeros where /proc/stat cannot be read, as off Linux). */
export function readCpuTimes(): CpuTimes {
	try {
		return cpuTimes(readFileSync('/proc/stat', 'utf8'));
	} catch {
		return { total: 0, steal: 0 };
	}
}

/** The share of the machine's CPU time between two readings that the host took (0 to 1; 0 when nothing passed). */
export function stealShare(before: CpuTimes, after: CpuTimes): number {
	const total = after.total - before.total;
	return total > 0 ? (after.steal - before.steal) / total : 0;
}

/**
 * Above this share of stolen CPU a timing says more about the neighbours on the host than about the build: on these
 * shared 2-core machines runs with 0.1–2 % steal and runs with 13 % were 105 and 150 s for the same 10,000-entry build.
 */
export const NOISY_STEAL_SHARE = 0.05;

/** A sentence for a run whose host took more than NOISY_STEAL_SHARE of the CPU, else undefined. */
export function stealWarning(share: number, what: string): string | undefined {
	if (share <= NOISY_STEAL_SHARE) return undefined;
	return `${what}: the host took ${(share * 100).toFixed(1)} % of this machine's CPU time (steal): its timings are not comparable with quieter runs; run it again.`;
}

/** Total size in bytes and file count of a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	const walk = (path: string) => {
		for (const entry of readdirSync(path, { withFileTypes: true })) {
			const full = join(path, entry.name);
			if (entry.isDirectory()) walk(full);
			else {
				bytes += statSync(full).size;
				files++;
			}
		}
	};
	walk(dir);
	return { bytes, files };
}

/** Size of `content` gzipped at level 6, as web servers send it. */
export function gzipSize(content: string | Buffer): number {
	return gzipSync(content, { level: 6 }).length;
}

/** Bytes of `content` compressed with brotli at the quality of the build's precompressed twins. */
export function brotliSize(content: string | Buffer): number {
	return brotliCompressSync(content, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: LEVELS.brotli } }).length;
}

/** The stylesheets and scripts an HTML page loads (href/src as written). */
export function pageAssets(html: string): { styles: string[]; scripts: string[]; inlineScripts: number } {
	const styles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
		.map((tag) => /href="([^"]+)"/.exec(tag[0])?.[1])
		.filter((href): href is string => Boolean(href));
	const scriptTags = [...html.matchAll(/<script\b([^>]*)>/g)].filter((tag) => !/type="application\/(ld\+)?json"/.test(tag[1]!));
	const scripts = scriptTags.map((tag) => /src="([^"]+)"/.exec(tag[1]!)?.[1]).filter((src): src is string => Boolean(src));
	return { styles, scripts, inlineScripts: scriptTags.length - scripts.length };
}

export interface PhaseReport {
	name: string;
	seconds: number;
	peakRssMB: number;
}

/** A detail page's compressed weight: its HTML and the stylesheets it loads. */
export interface DetailPageReport {
	/** The interface language of the page (reports before languages were measured have none). */
	lang?: string;
	path: string;
	htmlGzip: number;
	cssGzip: number;
	totalGzip: number;
	/** Brotli, at the quality of the precompressed twins the server sends. */
	totalBrotli?: number;
	scripts: number;
}

export interface BenchReport {
	entries: number;
	seed: number;
	node: string;
	cpus: number;
	/** 1-minute load average before and after the cold build. */
	load: { before: number; after: number };
	cold: { seconds: number; peakRssMB: number; phases: PhaseReport[]; stealShare?: number };
	/** Milliseconds of cold build per entry. */
	msPerEntry: number;
	rebuild?: { seconds: number; peakRssMB: number; ratio: number; phases?: PhaseReport[]; stealShare?: number } | undefined;
	pagesWritten: number;
	outputMB: number;
	outputFiles: number;
	searchIndexMB: number;
	searchIndexFiles: number;
	/** The languages the site was built in (SITE_LANGUAGES). */
	languages?: string[];
	/** The detail page in the default language. */
	detailPage: DetailPageReport;
	/** A detail page in each language built, the default one included. */
	detailPages?: DetailPageReport[];
	search?: { query: string; bytes: number; bodyBytesServed: number; requests: number; results: number } | undefined;
}

export interface Budget {
	name: string;
	limit: string;
	measured: string;
	ok: boolean;
}

/** Issue 6's limits on the whole `npm run build`, in seconds, by number of entries. */
export const BUILD_SECONDS_BUDGET: Readonly<Record<number, number>> = { 10_000: 30, 50_000: 150 };

/** The budgets of issue 6 that apply to a report (with the 10,000-entry report for the per-entry comparison). */
export function checkBudgets(report: BenchReport, reference?: BenchReport): Budget[] {
	const budgets: Budget[] = [];
	const add = (name: string, limit: string, measured: string, ok: boolean) => budgets.push({ name, limit, measured, ok });
	if (report.entries === 10_000) {
		add('build time (10k)', `≤ ${BUILD_SECONDS_BUDGET[10_000]} s`, `${report.cold.seconds.toFixed(1)} s`, report.cold.seconds <= BUILD_SECONDS_BUDGET[10_000]!);
		add('peak RSS (10k)', '≤ 1536 MB', `${report.cold.peakRssMB} MB`, report.cold.peakRssMB <= 1536);
		if (report.rebuild) add('rebuild after one edit (10k)', '≤ 0.5 × cold', `${report.rebuild.ratio.toFixed(2)} × cold`, report.rebuild.ratio <= 0.5);
		if (report.search) add('cold search transfer (10k)', '≤ 200 KB', `${(report.search.bytes / 1024).toFixed(1)} KB`, report.search.bytes <= 200 * 1024);
	}
	if (report.entries === 50_000) {
		add('build time (50k)', `≤ ${BUILD_SECONDS_BUDGET[50_000]} s`, `${report.cold.seconds.toFixed(1)} s`, report.cold.seconds <= BUILD_SECONDS_BUDGET[50_000]!);
		add('peak RSS (50k)', '≤ 2048 MB', `${report.cold.peakRssMB} MB`, report.cold.peakRssMB <= 2048);
		if (reference?.entries === 10_000) {
			const ratio = report.msPerEntry / reference.msPerEntry;
			add('cost per entry 50k / 10k', '≤ 1.1', ratio.toFixed(2), ratio <= 1.1);
		}
	}
	for (const page of report.detailPages ?? [report.detailPage]) {
		const lang = page.lang ? `, ${page.lang}` : '';
		add(`detail page HTML+CSS (gzip${lang})`, '≤ 14 KB', `${(page.totalGzip / 1024).toFixed(1)} KB`, page.totalGzip <= 14 * 1024);
		add(`detail page JavaScript${lang ? ` (${page.lang})` : ''}`, 'none', `${page.scripts} script(s)`, page.scripts === 0);
	}
	return budgets;
}

/** A plain-text table. */
export function table(rows: readonly (readonly string[])[]): string {
	const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
	return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')).join('\n');
}
