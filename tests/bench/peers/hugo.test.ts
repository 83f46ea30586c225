/** The Hugo peer (scripts/lib/peers/hugo.ts): its project, and a real build when Hugo is on PATH. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { htmlPages, writeProject } from '../../../scripts/lib/peers/common.ts';
import { hugoArgs, hugoSiteFiles } from '../../../scripts/lib/peers/hugo.ts';
import { pagefindIndexed, smallCorpus } from './helpers.ts';

const hasHugo = spawnSync('hugo', ['version']).status === 0;

describe('hugoSiteFiles', () => {
	const files = hugoSiteFiles('/corpus/content-10');

	test('reads the corpus, taxonomies, feeds and the rest off, translations and vocabularies ignored, twenty to a page', () => {
		expect(Object.keys(files).sort()).toEqual(['config.toml', 'layouts/_default/list.html', 'layouts/_default/single.html', 'layouts/index.html']);
		const config = files['config.toml']!;
		expect(config).toContain('contentDir = "/corpus/content-10"');
		expect(config).toContain('disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]');
		expect(config).toContain("ignoreFiles = ['\\.[a-z]{2}\\.md$', '/taxonomies/']");
		expect(config).toContain('paginate = 20');
		expect(config).toMatch(/^\[taxonomies\]$/m);
	});

	test('a detail page holds the title, date and body in the element Pagefind indexes; a list page has none', () => {
		expect(files['layouts/_default/single.html']).toMatch(
			/<main data-pagefind-body>\n<h1>\{\{ \.Title \}\}<\/h1>\n.*\.Date\.Format.*\n\{\{ \.Content \}\}\n<\/main>/,
		);
		expect(files['layouts/_default/list.html']).toContain('.Paginate .Pages');
		expect(files['layouts/_default/list.html']).not.toContain('data-pagefind-body');
	});

	test('hugoArgs builds cold into the output folder', () => {
		expect(hugoArgs('/p', '/p/public', '/p/cache')).toEqual([
			'--source',
			'/p',
			'--destination',
			'/p/public',
			'--cacheDir',
			'/p/cache',
			'--cleanDestinationDir',
		]);
	});
});

describe.skipIf(!hasHugo)('a Hugo build of the corpus', () => {
	const { dir: content, root } = smallCorpus(45);
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	test('a page per original entry and its lists, dates parsed; Pagefind indexes every entry', () => {
		const project = join(root, 'hugo');
		const out = join(project, 'public');
		writeProject(project, hugoSiteFiles(content));
		const build = spawnSync('hugo', hugoArgs(project, out, join(project, 'cache')), { encoding: 'utf8' });
		expect(build.status, build.stderr + build.stdout).toBe(0);
		expect(build.stderr + build.stdout).not.toMatch(/WARN|ERROR/);
		// 45 entries: 23 news (two list pages), 8 events, 14 publications; a home page; Hugo's /page/1/ redirects.
		expect(readdirSync(join(out, 'news')).filter((name) => name.startsWith('news-'))).toHaveLength(23);
		expect(htmlPages(out)).toBe(45 + 4 + 1 + 3);
		const news = readdirSync(join(out, 'news')).find((name) => name.startsWith('news-'))!;
		const source = readFileSync(join(content, 'news', `${news}.md`), 'utf8');
		const html = readFileSync(join(out, 'news', news, 'index.html'), 'utf8');
		expect(html).toContain(`<h1>${JSON.parse(/^title: (.*)$/m.exec(source)![1]!) as string}</h1>`);
		expect(html).toContain(`<time datetime="${/^date: (.*)$/m.exec(source)![1]}">`);
		expect(readFileSync(join(out, 'news/page/2/index.html'), 'utf8')).toContain('<a href="/news/">Newer</a>');
		expect(pagefindIndexed(out)).toBe(45);
	});
});
