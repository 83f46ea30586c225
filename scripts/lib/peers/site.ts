/**
 * The site's own build over a benchmark corpus, as `npm run bench`
 * (scripts/bench.ts) and the peer comparison (scripts/bench-peers.ts) run it:
 * `npm run build`'s script (scripts/build.ts) with the corpus as CONTENT_DIR,
 * a content-layer cache of its own (ASTRO_CACHE_DIR), an example address and
 * no base path, without colours so that its lines can be read.
 */
import { join } from 'node:path';

export interface SiteBuildOptions {
	/** The repository (where scripts/build.ts is). */
	root: string;
	/** The corpus. */
	contentDir: string;
	/** The build's output folder. */
	siteDir: string;
	/** Astro's cache folder for this corpus (emptied beforehand for a cold build). */
	cacheDir: string;
	/** SITE_LANGUAGES for the build (`en`, `en,fr`); when undefined, whatever the environment says (all six when unset). */
	languages?: string | undefined;
}

/** The arguments (after Node) and environment of the site's build. */
export function siteBuild(
	{ root, contentDir, siteDir, cacheDir, languages }: SiteBuildOptions,
	env: NodeJS.ProcessEnv = process.env,
): { args: string[]; env: NodeJS.ProcessEnv } {
	return {
		args: [join(root, 'scripts/build.ts'), '--outDir', siteDir],
		env: {
			...env,
			CONTENT_DIR: contentDir,
			ASTRO_CACHE_DIR: cacheDir,
			SITE_URL: env['SITE_URL'] || 'https://www.example.org',
			BASE_PATH: '',
			FORCE_COLOR: '0',
			...(languages === undefined ? {} : { SITE_LANGUAGES: languages }),
		},
	};
}
