/**
 * Lets `astro build` write into the previous output instead of emptying it
 * (`vite.build.emptyOutDir: false`), so that the pages the incremental build
 * reuses are neither deleted nor copied back, and then removes every file this
 * build did not produce (src/lib/build-cache/stale-output.ts), before the search index is
 * built from the entry pages. The output is the same as a clean build's; a
 * build test compares them.
 */
import { existsSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { foldersOf, listFiles, staleFiles } from '../lib/build-cache/stale-output.ts';
import { INDEX_FOLDERS } from './pagefind.ts';

/** Folders the search integration empties and rewrites. */
const SEARCH_FOLDERS = Object.values(INDEX_FOLDERS);

export default function staleOutput(): AstroIntegration {
	let publicDir = '';
	let imageCache = '';
	let buildStarted = 0;
	return {
		name: 'site:stale-output',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { build: { emptyOutDir: false } } });
			},
			'astro:config:done': ({ config }) => {
				publicDir = fileURLToPath(config.publicDir);
				// Astro's optimised-image cache (astro/dist/assets/build/generate.js: `<cacheDir>/assets/`).
				imageCache = fileURLToPath(new URL('assets/', config.cacheDir));
			},
			'astro:build:start': () => {
				// Vite rewrites every asset it emits; `_astro/` files older than this are from earlier builds.
				buildStarted = Date.now() - 1000;
			},
			'astro:build:done': ({ dir, assets, logger }) => {
				const site = fileURLToPath(dir);
				// Astro 7.3.5 does not replay the images of the pages its incremental build reuses (their records hold
				// none), so it neither rewrites nor lists their files: those its image pipeline made (they are in its
				// cache) are kept, or the reused pages would lose their photos. (A reused page copied into an empty
				// work folder still would: docs/deploy.md.)
				const images = existsSync(imageCache) ? new Set(readdirSync(imageCache).filter((name) => !name.endsWith('.json'))) : new Set<string>();
				const written = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
				const stale = staleFiles(site, listFiles(site, SEARCH_FOLDERS), {
					written,
					publicFiles: new Set(existsSync(publicDir) ? listFiles(publicDir) : []),
					ownedFolders: SEARCH_FOLDERS,
					keep: (file) => file.startsWith('_astro/') && (images.has(file.slice('_astro/'.length)) || statSync(join(site, file)).mtimeMs >= buildStarted),
				});
				for (const file of stale) rmSync(join(site, file));
				// The folders the removed files leave empty (a deleted entry's page folder), not a walk of the whole output.
				for (const folder of foldersOf(stale)) {
					if (readdirSync(join(site, folder)).length === 0) rmdirSync(join(site, folder));
				}
				if (stale.length) logger.info(`Removed ${stale.length} file(s) that this build no longer produces`);
			},
		},
	};
}
