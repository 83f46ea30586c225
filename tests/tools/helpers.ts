/** Shared helpers for the tool tests: run a script under the project's Node, make temp content folders. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** A copy of ../shared/legacy/smuggling-of-migrants-news-2011-2012.txt, the launch content's source, kept with the fixtures. */
export const LEGACY_TEXT = resolve(ROOT, 'tests/fixtures/legacy/smuggling-of-migrants-news-2011-2012.txt');
export const FIXTURES = join(ROOT, 'tests/fixtures');

/** The pinned Node (runs .ts directly), whatever Node runs Vitest. */
export const NODE = existsSync(join(ROOT, 'node_modules/.bin/node')) ? join(ROOT, 'node_modules/.bin/node') : process.execPath;

export interface RunResult {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Runs `scripts/<script>` with `args` in `cwd` (default: the project). */
export function runScript(script: string, args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): RunResult {
	const result = spawnSync(NODE, [join(ROOT, 'scripts', script), ...args], {
		cwd: options.cwd ?? ROOT,
		env: { ...process.env, CONTENT_DIR: '', ...options.env },
		encoding: 'utf8',
		timeout: 60_000,
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temp folder; with `taxonomies`, the site's vocabularies are copied in. */
export function tempContentDir(taxonomies = true): string {
	const dir = mkdtempSync(join(tmpdir(), 'content-'));
	if (taxonomies) cpSync(join(ROOT, 'content/taxonomies'), join(dir, 'taxonomies'), { recursive: true });
	return dir;
}
