/**
 * What the content check concluded of each valid entry file, kept in the
 * build cache between builds, so that a rebuild does not parse and validate
 * again the thousands of files an edit left as they were (docs/performance.md).
 *
 * A verdict is found by the digest of everything it was drawn from: the
 * file's text, its type, slug and language, and for a translation its
 * original's text. What it also depends on and is the same for every file
 * (the site's code and dependencies, the vocabularies, the languages built)
 * is the cache's salt: a different salt and the cache is empty. What depends
 * on the other files or the day (`related` slugs, future dates) is checked
 * again on every build (./check.ts), and only valid files are kept: a file
 * with a problem is always judged afresh, so its messages are never stale.
 * `npm run check:content` keeps no cache.
 */
import { hash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { replaceFile } from '../lib/build-cache/changed-files.ts';
import type { ContentProblem } from './problems.ts';

/** A valid file's verdict. */
export interface Verdict {
	/** Its validated data (defaults applied; a translation's merged with its original's). */
	data: Record<string, unknown>;
	/** Where the body starts in the text. */
	bodyStart: number;
	/** The warnings drawn from the text alone (a body link the page leaves out), without the file's name. */
	warnings: Omit<ContentProblem, 'file'>[];
}

/** The verdicts of the last check and those of this one, which replace them when saved. */
export interface Verdicts {
	/** By key (`verdictKey`). */
	previous: ReadonlyMap<string, Verdict>;
	/** Filled by the check. */
	current: Map<string, Verdict>;
}

/** The key of a file's verdict: what the file is and holds, and its original's key for a translation. */
export function verdictKey(file: { type: string; slug: string; translation?: string | undefined }, source: string, originalKey = ''): string {
	return hash('sha256', [file.type, file.slug, file.translation ?? '', originalKey, source].join('\u0000'), 'base64url');
}

/**
 * The salt of the cache: the digest of everything every verdict depends on besides its file. `files` are read
 * whole (folders walked; a missing one counts as missing), `values` taken as they are.
 */
export function verdictSalt(files: readonly string[], values: readonly string[]): string {
	const parts: string[] = [...values];
	for (const path of files) {
		const stats = statSync(path, { throwIfNoEntry: false });
		if (!stats) parts.push(path, 'none');
		else if (!stats.isDirectory()) parts.push(path, hash('sha256', readFileSync(path), 'base64url'));
		else
			for (const file of readdirSync(path, { withFileTypes: true, recursive: true })
				.filter((entry) => entry.isFile())
				.map((entry) => join(entry.parentPath, entry.name))
				.sort())
				parts.push(relative(path, file), hash('sha256', readFileSync(file), 'base64url'));
	}
	return hash('sha256', parts.join('\u0000'), 'base64url');
}

/** The verdicts saved in `file` under `salt`; none when the file is missing, unreadable or of another salt. */
export function readVerdicts(file: string, salt: string): Map<string, Verdict> {
	try {
		const saved = JSON.parse(readFileSync(file, 'utf8')) as { salt?: unknown; verdicts?: Record<string, Verdict> };
		return saved.salt === salt && saved.verdicts ? new Map(Object.entries(saved.verdicts)) : new Map();
	} catch {
		return new Map();
	}
}

/** Saves `verdicts` under `salt` in `file`, replacing it whole (a stopped build leaves the old file or the new one). */
export function writeVerdicts(file: string, salt: string, verdicts: ReadonlyMap<string, Verdict>): void {
	mkdirSync(dirname(file), { recursive: true });
	replaceFile(file, JSON.stringify({ salt, verdicts: Object.fromEntries(verdicts) }));
}
