/**
 * The peer comparison's figures (scripts/bench-peers.ts): each builder's
 * total (build, then search index: their times add up, the peak memory is the
 * larger of the two, as they run one after the other), the site's ratios to
 * each peer, and the tables printed. Pure.
 */
import { table } from '../measure.ts';

/** The builders compared, in the order they run. */
export const PEER_IDS = ['hugo', 'eleventy', 'astro', 'site'] as const;
export type PeerId = (typeof PEER_IDS)[number];

/** How the table and the ratios name each builder. */
export const PEER_LABELS: Readonly<Record<PeerId, string>> = {
	hugo: 'Hugo+Pagefind',
	eleventy: 'Eleventy+Pagefind',
	astro: 'Astro+Pagefind',
	site: 'site (npm run build)',
};

/** The order of the ratios: the peers as issue #22 names them. */
const RATIO_ORDER: readonly PeerId[] = ['eleventy', 'hugo', 'astro'];

/** One timed step: wall seconds, the peak RSS of its process tree in bytes, the share of CPU the host took meanwhile. */
export interface StepRun {
	seconds: number;
	peakRss: number;
	stealShare: number;
}

export interface PeerResult {
	id: PeerId;
	label: string;
	/** The tools' versions ("hugo 0.111.3, pagefind 1.6.0"). */
	versions: string;
	/** 1-minute load average when its build started. */
	loadBefore: number;
	buildSeconds: number;
	indexSeconds: number;
	/** Build and index, wall clock. */
	seconds: number;
	buildPeakRssMB: number;
	indexPeakRssMB: number;
	/** The larger of the two peaks. */
	peakRssMB: number;
	/** HTML pages written (the search index's own files left out). */
	pages: number;
	/** Pages in the full-text index. */
	indexed: number;
	/** Share of the machine's CPU time the host took during the two steps (steal): above a few per cent, not comparable. */
	stealShare: number;
}

export interface PeerRatio {
	/** `site / Hugo+Pagefind` */
	name: string;
	peer: PeerId;
	/** The site's total time over the peer's. */
	seconds: number;
	/** The site's peak RSS over the peer's. */
	peakRss: number;
}

const MB = 1024 * 1024;

/** A builder's result from its two steps. */
export function peerResult(
	id: PeerId,
	{ versions, loadBefore, pages, indexed }: { versions: string; loadBefore: number; pages: number; indexed: number },
	build: StepRun,
	index: StepRun,
): PeerResult {
	return {
		id,
		label: PEER_LABELS[id],
		versions,
		loadBefore,
		buildSeconds: build.seconds,
		indexSeconds: index.seconds,
		seconds: build.seconds + index.seconds,
		buildPeakRssMB: Math.round(build.peakRss / MB),
		indexPeakRssMB: Math.round(index.peakRss / MB),
		peakRssMB: Math.round(Math.max(build.peakRss, index.peakRss) / MB),
		pages,
		indexed,
		// Each step's share weighted by its length: the machine's CPU ticks grow with wall time.
		stealShare: build.seconds + index.seconds > 0 ? (build.stealShare * build.seconds + index.stealShare * index.seconds) / (build.seconds + index.seconds) : 0,
	};
}

/** The site's total time and peak memory over each peer's (Eleventy, Hugo, bare Astro, those measured); none without the site. */
export function siteRatios(results: readonly PeerResult[]): PeerRatio[] {
	const site = results.find((result) => result.id === 'site');
	if (!site) return [];
	return RATIO_ORDER.flatMap((id) => {
		const peer = results.find((result) => result.id === id);
		return peer ? [{ name: `site / ${PEER_LABELS[id]}`, peer: id, seconds: site.seconds / peer.seconds, peakRss: site.peakRssMB / peer.peakRssMB }] : [];
	});
}

/** The builders named by `--only` ("hugo,site"), in the order they run; throws on a name it does not know. */
export function parsePeerList(value: string): PeerId[] {
	const names = value
		.split(',')
		.map((name) => name.trim().toLowerCase())
		.filter(Boolean);
	const unknown = names.filter((name) => !(PEER_IDS as readonly string[]).includes(name));
	if (unknown.length) throw new Error(`unknown builder(s) ${unknown.join(', ')}: use ${PEER_IDS.join(', ')}`);
	if (!names.length) throw new Error(`no builder named: use ${PEER_IDS.join(', ')}`);
	return PEER_IDS.filter((id) => names.includes(id));
}

const f1 = (n: number) => n.toFixed(1);

/** The results table: each builder's steps, total, peak memory and pages. */
export function resultsTable(results: readonly PeerResult[]): string {
	return table([
		['builder', 'build s', 'index s', 'total s', 'peak RSS MB', 'pages', 'indexed', 'load', 'steal'],
		...results.map((result) => [
			result.label,
			f1(result.buildSeconds),
			f1(result.indexSeconds),
			f1(result.seconds),
			String(result.peakRssMB),
			String(result.pages),
			String(result.indexed),
			f1(result.loadBefore),
			`${(result.stealShare * 100).toFixed(1)} %`,
		]),
	]);
}

/** The ratios table: the site's total time and peak memory over each peer's. */
export function ratiosTable(ratios: readonly PeerRatio[]): string {
	return table([['ratio', 'total time', 'peak RSS'], ...ratios.map((ratio) => [ratio.name, `${ratio.seconds.toFixed(2)} ×`, `${ratio.peakRss.toFixed(2)} ×`])]);
}
