/**
 * The work folder `npm run build` has Astro build into, and what it may keep
 * from one build to the next.
 *
 * Astro's incremental build reuses a page that is already in its output
 * folder when the page's key matches the one its manifest
 * (`<cacheDir>/incremental-build.json`) recorded for the last build; it
 * renders the others and writes them over the old files in place, as it does
 * its copy of each page in `<cacheDir>/dist/`, and writes the manifest only
 * once every page is done. So the work folder can be trusted only while it
 * matches the manifest:
 * - a build stopped or failed part way leaves pages (and cache copies) newer
 *   than the manifest: those it wrote are removed before the next build, which
 *   renders them again (the files it did not touch still match);
 * - another output folder built with the same cache rewrites the manifest:
 *   the work folder is emptied, and its pages are copied from the cache.
 * One state file per cache folder records which case holds: the build that
 * is running (a lock: two builds sharing a cache would corrupt each other's
 * pages) and, per work folder, the manifest its pages match.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { writeFileAtomic } from '../atomic-write.ts';

/** Astro's incremental-build manifest, in the cache folder (astro/dist/core/build/incremental.js). */
export const MANIFEST_FILE = 'incremental-build.json';
/** Astro's copies of the pages it rendered, in the cache folder (same module). */
export const CACHED_PAGES = 'dist';
/** Where the work folders live in the cache folder, one per output folder, with the state file. */
export const WORK_FOLDERS = 'staged-output';

/** The state of a cache folder's work folders. */
export interface StagingState {
	/** The build running, or stopped before Astro finished: its process, start time (ms) and work folder's name. */
	building?: { pid: number; started: number; work: string };
	/** Per work folder (by name), the digest of the manifest its pages match. */
	built: Record<string, string>;
}

/** What to do before a build into the work folder `work`. */
export interface StagingPlan {
	/** Another build is running on this cache. */
	busy?: number;
	/** A build stopped part way: remove the files it wrote since this time (ms) from the page cache and from its work folder. */
	recover?: { since: number; work: string };
	/** Empty the work folder, and why. */
	empty?: string;
}

/** Margin under an interrupted build's start: file times and the clock may disagree by a tick; removing a few more pages only costs their rendering. */
const CLOCK_MARGIN_MS = 2000;

/**
 * Decides what a build into the work folder named `work` must do first:
 * `state` is the cache folder's state file (empty when missing), `manifest`
 * the digest of Astro's current manifest (undefined when there is none),
 * `alive` tells whether a process still runs, `workExists` whether the work
 * folder has anything in it.
 */
export function stagingPlan(
	state: StagingState,
	work: string,
	manifest: string | undefined,
	alive: (pid: number) => boolean,
	workExists: boolean,
): StagingPlan {
	const plan: StagingPlan = {};
	if (state.building) {
		if (alive(state.building.pid)) return { busy: state.building.pid };
		plan.recover = { since: state.building.started - CLOCK_MARGIN_MS, work: state.building.work };
	}
	if (!workExists) return plan;
	const matched = state.built[work];
	if (matched === undefined) plan.empty = 'no finished build recorded which pages it holds';
	// A stopped build may have written the manifest before it stopped: its pages and the new manifest agree, but the record does not say so.
	else if (matched !== manifest)
		plan.empty =
			'the build cache changed since its last build: another output folder was built with it, or a build stopped after Astro had written its manifest';
	return plan;
}

/** Parses a state file's text; an empty state when it is not one (a torn or foreign file). */
export function parseState(text: string): StagingState {
	try {
		const value = JSON.parse(text) as Partial<StagingState>;
		const built =
			value.built && typeof value.built === 'object' ? Object.fromEntries(Object.entries(value.built).filter(([, digest]) => typeof digest === 'string')) : {};
		const building = value.building;
		if (building && Number.isInteger(building.pid) && Number.isFinite(building.started) && typeof building.work === 'string') return { building, built };
		return { built };
	} catch {
		return { built: {} };
	}
}

/** The work folder for an output folder: named after it, with a hash of its absolute path. */
export function workFolder(cacheDir: string, outDir: string): { name: string; path: string } {
	const absolute = resolve(outDir);
	const name = `${basename(absolute).replace(/[^\w.-]/g, '_')}-${createHash('sha256').update(absolute).digest('hex').slice(0, 12)}`;
	return { name, path: join(resolve(cacheDir), WORK_FOLDERS, name) };
}

/** Digest of Astro's manifest, undefined when there is none. */
export function manifestDigest(cacheDir: string): string | undefined {
	const file = join(cacheDir, MANIFEST_FILE);
	if (!existsSync(file)) return undefined;
	return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** True when a process with this id runs (or exists under another user). */
export function processAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Removes the files under `dir` modified at or after `since` (ms); returns how many. */
export function removeFilesSince(dir: string, since: number): number {
	if (!existsSync(dir)) return 0;
	let removed = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = join(entry.parentPath, entry.name);
		if (statSync(file).mtimeMs >= since) {
			rmSync(file);
			removed++;
		}
	}
	return removed;
}

const stateFile = (cacheDir: string) => join(resolve(cacheDir), WORK_FOLDERS, 'state.json');

/** Reads a cache folder's state file. */
export function readState(cacheDir: string): StagingState {
	const file = stateFile(cacheDir);
	return existsSync(file) ? parseState(readFileSync(file, 'utf8')) : { built: {} };
}

/** Writes a cache folder's state file, atomically. */
export function writeState(cacheDir: string, state: StagingState): void {
	writeFileAtomic(stateFile(cacheDir), `${JSON.stringify(state)}\n`);
}

/**
 * Makes the work folder of `outDir` safe for the next build (see the module
 * comment) and records that this process builds it; returns the folder and,
 * for the log, what was done. Throws when another build uses the cache.
 */
export function prepareWorkFolder(cacheDir: string, outDir: string): { work: string; done: string[] } {
	const { name, path } = workFolder(cacheDir, outDir);
	const state = readState(cacheDir);
	const plan = stagingPlan(state, name, manifestDigest(cacheDir), processAlive, existsSync(path) && readdirSync(path).length > 0);
	if (plan.busy !== undefined) throw new Error(`Another build (process ${plan.busy}) is using the build cache ${cacheDir}: wait for it to finish, or stop it.`);
	const done: string[] = [];
	if (plan.recover) {
		const cached = removeFilesSince(join(cacheDir, CACHED_PAGES), plan.recover.since);
		const pages = removeFilesSince(join(resolve(cacheDir), WORK_FOLDERS, plan.recover.work), plan.recover.since);
		done.push(
			pages + cached
				? `The last build did not finish (it failed or was stopped): removed the ${pages} file(s) it had written to its work folder and ${cached} from the page cache, to be rendered again.`
				: 'The last build did not finish (it failed or was stopped) before writing any page: nothing to repair.',
		);
	}
	if (plan.empty) {
		rmSync(path, { recursive: true, force: true });
		done.push(`Emptied the work folder of ${outDir}, as ${plan.empty}. Its pages are copied from the build cache.`);
	}
	// The folder's record stays: if this build stops, the next one removes what it wrote and the folder matches that record again.
	writeState(cacheDir, { building: { pid: process.pid, started: Date.now(), work: name }, built: plan.empty ? withoutKey(state.built, name) : state.built });
	return { work: path, done };
}

const withoutKey = (record: Record<string, string>, key: string) => Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));

/** Records that Astro finished building the work folder of `outDir`: its pages match the manifest Astro wrote. */
export function markBuilt(cacheDir: string, outDir: string): void {
	const { name } = workFolder(cacheDir, outDir);
	const state = readState(cacheDir);
	writeState(cacheDir, { built: { ...state.built, [name]: manifestDigest(cacheDir) ?? '' } });
}
