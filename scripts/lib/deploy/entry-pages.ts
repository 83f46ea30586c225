/**
 * Counting entry pages (`<type>/<slug>/index.html`, and each language's
 * `<lang>/<type>/<slug>/index.html`) in a site's file list,
 * and the check that refuses a release whose count dropped too far against
 * the live one: a wrong CONTENT_DIR or a lost folder would otherwise publish
 * an empty site.
 */

/** Share of the live release's entry pages a new release may lose without --force. */
export const MAX_DROP = 0.1;

/** Entry pages per type among `files` (paths relative to the base path's folder, `/`-separated). */
export function countEntryPages(files: Iterable<string>, types: readonly string[]): Record<string, number> {
	const counts: Record<string, number> = Object.fromEntries(types.map((type) => [type, 0]));
	for (const file of files) {
		const parts = file.split('/');
		// A language's pages are under its two- or three-letter prefix.
		if (parts.length === 4 && /^[a-z]{2,3}$/.test(parts[0]!)) parts.shift();
		if (parts.length === 3 && parts[2] === 'index.html' && parts[1] !== '' && Object.hasOwn(counts, parts[0]!)) counts[parts[0]!]!++;
	}
	return counts;
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);

/** What changed, type by type: "news 120 → 3 (−98 %), events 40 → 40". */
export function describeChange(live: Record<string, number>, next: Record<string, number>): string {
	const types = [...new Set([...Object.keys(live), ...Object.keys(next)])];
	return types
		.map((type) => {
			const before = live[type] ?? 0;
			const after = next[type] ?? 0;
			const change =
				before === after ? '' : before === 0 ? ' (new)' : ` (${after > before ? '+' : '−'}${Math.round((100 * Math.abs(after - before)) / before)} %)`;
			return `${type} ${before} → ${after}${change}`;
		})
		.join(', ');
}

/** Undefined when `next` may replace `live`; else the reason, naming what changed. */
export function shrinkProblem(live: Record<string, number>, next: Record<string, number>, maxDrop = MAX_DROP): string | undefined {
	const before = total(live);
	const after = total(next);
	if (before === 0 || after >= before * (1 - maxDrop)) return undefined;
	return `The new build has ${after} entry pages, the live release ${before}: ${Math.round((100 * (before - after)) / before)} % fewer, more than the ${Math.round(maxDrop * 100)} % a deploy may drop (${describeChange(live, next)}). Check CONTENT_DIR and the content folders; if the entries were removed on purpose, deploy again with --force.`;
}
