/** Shared by the peer comparison's tests: a small corpus on disk, the Pagefind CLI over a built site. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../../../scripts/lib/corpus.ts';
import { indexedPages, pagefindArgs } from '../../../scripts/lib/peers/common.ts';
import { NODE, ROOT } from '../../tools/helpers.ts';

/** The benchmark corpus of `entries` entries (and its translations), without photos, in a fresh temp folder. */
export function smallCorpus(entries: number): { dir: string; root: string } {
	const root = mkdtempSync(join(tmpdir(), 'bench-peers-'));
	const dir = join(root, 'content');
	writeCorpus(dir, entries, join(ROOT, 'content/taxonomies'), 3, { photos: false });
	return { dir, root };
}

/** Runs the Pagefind CLI over `site` as the comparison does; the pages it reports as indexed. */
export function pagefindIndexed(site: string): number | undefined {
	const run = spawnSync(NODE, [join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), ...pagefindArgs(site)], { encoding: 'utf8' });
	if (run.status !== 0) throw new Error(run.stderr + run.stdout);
	return indexedPages(run.stdout.split('\n').map((text) => ({ text })));
}
