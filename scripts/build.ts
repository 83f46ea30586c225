/**
 * npm run build [-- astro build options, e.g. --outDir DIR]
 *
 * Runs `astro build`, then builds the search index once Astro has exited.
 * Astro still holds ~0.8 GB (content store, module graph) when its build hook
 * runs, and Pagefind needs ~1 GB more while it writes a 10,000-entry index:
 * one after the other, the peak is the larger of the two instead of their sum
 * (docs/performance.md). The search integration's build hook hands the job
 * over in a file (src/integrations/pagefind.ts); plain `astro build` indexes
 * in the hook itself, with the higher peak.
 *
 * Exits with Astro's exit code when the build fails, and 1 with the cause when
 * indexing fails; the search index is then incomplete, so the site must not be
 * deployed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { INDEX_JOB_ENV, indexSite, type IndexJob } from '../src/integrations/pagefind.ts';
import { fail } from './lib/cli.ts';

const ASTRO = resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');

/** Runs Astro, then the indexing it handed over; returns the exit code and, on failure, the cause. */
async function build(jobFile: string): Promise<{ code: number; cause?: string }> {
	const astro = spawnSync(process.execPath, [ASTRO, 'build', ...process.argv.slice(2)], {
		stdio: 'inherit',
		env: { ...process.env, [INDEX_JOB_ENV]: jobFile },
	});
	if (astro.error) return { code: 1, cause: `Could not run astro build: ${astro.error.message}` };
	// Astro has printed its own errors; a signal (SIGKILL: often the system running out of memory) it could not.
	if (astro.signal) return { code: 1, cause: `astro build was stopped by ${astro.signal}${astro.signal === 'SIGKILL' ? ' (out of memory?)' : ''}` };
	if (astro.status !== 0) return { code: astro.status ?? 1 };
	if (!existsSync(jobFile))
		return { code: 1, cause: 'astro build finished without handing over the search index: is pagefind() still in the integrations of astro.config.mjs?' };
	const job = JSON.parse(readFileSync(jobFile, 'utf8')) as IndexJob;
	const quiet = process.argv.includes('--silent');
	const started = performance.now();
	try {
		await indexSite(job, (message) => {
			if (!quiet) console.log(`[search] ${message}`);
		});
	} catch (error) {
		return { code: 1, cause: `Search indexing failed, so the site in ${job.site} is incomplete: do not deploy it. ${(error as Error).message}` };
	}
	if (!quiet) console.log(`[search] Search indexes written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	return { code: 0 };
}

const scratch = mkdtempSync(join(tmpdir(), 'site-build-'));
const result = await build(join(scratch, 'index-job.json')).finally(() => rmSync(scratch, { recursive: true, force: true }));
if (result.code !== 0) fail(result.cause ?? `astro build failed (exit code ${result.code})`, result.code);
