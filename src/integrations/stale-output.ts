/**
 * Lets `astro build` write into the previous output instead of emptying it
 * (`vite.build.emptyOutDir: false`), so that the pages the incremental build
 * reuses are neither deleted nor copied back, and then removes every file this
 * build did not produce (src/lib/build-cache/stale-output.ts), before the search index is
 * built from the entry pages. The output is the same as a clean build's; a
 * build test compares them.
 */
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { foldersOf, listFiles, staleFiles } from '../lib/build-cache/stale-output.ts';
import { cacheFilesToPrune, IMAGES_IN_USE } from '../lib/build-cache/image-cache.ts';
import { INDEX_FOLDERS } from './pagefind.ts';

/** Folders the search integration empties and rewrites. */
const SEARCH_FOLDERS = Object.values(INDEX_FOLDERS);

/** The image files in use (src/pages/images-in-use.txt.ts), by file name, read from the output and removed from it. */
function readImagesInUse(site: string): Set<string> {
	const file = join(site, IMAGES_IN_USE);
	if (!existsSync(file)) throw new Error(`${IMAGES_IN_USE} is missing from the build (src/pages/images-in-use.txt.ts): the image files in use are not known`);
	const names = new Set(
		readFileSync(file, 'utf8')
			.split('\n')
			.filter(Boolean)
			.map((path) => basename(path)),
	);
	rmSync(file);
	return names;
}

/** Removes from Astro's image cache the files (and their metadata) of images no page uses; returns how many. */
function pruneImageCache(imageCache: string, inUse: ReadonlySet<string>): number {
	if (!existsSync(imageCache)) return 0;
	const prune = cacheFilesToPrune(readdirSync(imageCache), inUse);
	for (const name of prune) rmSync(join(imageCache, name), { force: true });
	return prune.filter((name) => !name.endsWith('.json')).length;
}

export interface StaleOutputOptions {
	/** Files this build wrote outside Astro's routes (absolute paths), known once the integrations before this one have run. */
	alsoWritten?: () => ReadonlySet<string>;
}

export default function staleOutput({ alsoWritten = () => new Set() }: StaleOutputOptions = {}): AstroIntegration {
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
				// none). The list of every image in use (src/pages/images-in-use.txt.ts) asks for each of them every
				// build, so Astro writes them all again from its cache: an `_astro/` file older than this build is
				// one no page names any more (an old size or quality, a removed photo) and goes, and so does its
				// cache entry.
				const inUse = readImagesInUse(site);
				const written = new Set([...[...assets.values()].flat().map((url) => fileURLToPath(url)), ...alsoWritten()]);
				const stale = staleFiles(site, listFiles(site, SEARCH_FOLDERS), {
					written,
					publicFiles: new Set(existsSync(publicDir) ? listFiles(publicDir) : []),
					ownedFolders: SEARCH_FOLDERS,
					keep: (file) => file.startsWith('_astro/') && statSync(join(site, file)).mtimeMs >= buildStarted,
				});
				const pruned = pruneImageCache(imageCache, inUse);
				if (pruned) logger.info(`Removed ${pruned} image(s) no page uses from the image cache`);
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
