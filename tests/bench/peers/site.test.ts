/** The site's build as the benchmarks run it (scripts/lib/peers/site.ts). */
import { describe, expect, test } from 'vitest';
import { siteBuild } from '../../../scripts/lib/peers/site.ts';

const paths = { root: '/repo', contentDir: '/repo/tmp/bench/content-10', siteDir: '/repo/tmp/bench/site-10', cacheDir: '/repo/tmp/bench/cache-10' };

describe('siteBuild', () => {
	test('runs npm run build’s script into the site folder, with the corpus, its own cache, an example address and no base path', () => {
		const { args, env } = siteBuild(paths, { PATH: '/bin', BASE_PATH: '/old/', CONTENT_DIR: 'content' });
		expect(args).toEqual(['/repo/scripts/build.ts', '--outDir', '/repo/tmp/bench/site-10']);
		expect(env).toEqual({
			PATH: '/bin',
			CONTENT_DIR: '/repo/tmp/bench/content-10',
			ASTRO_CACHE_DIR: '/repo/tmp/bench/cache-10',
			SITE_URL: 'https://www.example.org',
			BASE_PATH: '',
			FORCE_COLOR: '0',
		});
	});

	test('keeps a SITE_URL and SITE_LANGUAGES from the environment unless told the languages', () => {
		const env = { SITE_URL: 'https://smuggling.example', SITE_LANGUAGES: 'en,fr' };
		expect(siteBuild(paths, env).env).toMatchObject(env);
		expect(siteBuild({ ...paths, languages: 'en' }, env).env['SITE_LANGUAGES']).toBe('en');
		expect(siteBuild({ ...paths, languages: '' }, env).env['SITE_LANGUAGES']).toBe('');
	});
});
