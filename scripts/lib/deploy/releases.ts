/**
 * Release folders of a deploy target: `releases/<name>/`, named by the UTC
 * time of the deploy so that names sort in the order they were made, and the
 * `current` link naming the live one.
 */

/** How a release folder is named: `20261201-103000`, with `-2`, `-3`… when two deploys share a second. */
const RELEASE_NAME = /^\d{8}-\d{6}(-\d+)?$/;

/** Releases kept by default (the live one and the ones before it). */
export const DEFAULT_KEEP = 5;

/** True for a name `releaseName` makes; nothing else in `releases/` is ever removed. */
export function isReleaseName(name: string): boolean {
	return RELEASE_NAME.test(name);
}

/** The name for a release made at `now`, different from every name in `existing`. */
export function releaseName(now: Date, existing: readonly string[]): string {
	const base = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
	if (!existing.includes(base)) return base;
	for (let n = 2; ; n++) if (!existing.includes(`${base}-${n}`)) return `${base}-${n}`;
}

/** Release names in the order they were made, oldest first. */
export function byAge(names: readonly string[]): string[] {
	const key = (name: string) => {
		const [date, time, n] = name.split('-');
		return `${date}-${time}-${(n ?? '1').padStart(6, '0')}`;
	};
	return names.filter(isReleaseName).sort((a, b) => key(a).localeCompare(key(b)));
}

/** The release a rollback from `current` switches to: the newest one made before it; undefined when there is none. */
export function rollbackTarget(names: readonly string[], current: string): string | undefined {
	const ordered = byAge(names);
	const at = ordered.indexOf(current);
	return at > 0 ? ordered[at - 1] : undefined;
}

/** The releases to keep: the newest `keep`, and those in `also` (the release going live, the one live before it) whatever their age. */
export function keptReleases(names: readonly string[], also: readonly string[], keep: number): string[] {
	const ordered = byAge([...new Set([...names, ...also])]);
	const kept = new Set([...ordered.slice(-keep), ...also]);
	return ordered.filter((name) => kept.has(name));
}

/** The releases to remove: all that `keptReleases` does not keep. */
export function releasesToPrune(names: readonly string[], also: readonly string[], keep: number): string[] {
	const kept = new Set(keptReleases(names, also, keep));
	return byAge(names).filter((name) => !kept.has(name));
}
