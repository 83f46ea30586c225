/** The Eleventy peer (scripts/lib/peers/eleventy.ts): its configuration, and a real build when the comparison has installed Eleventy. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { htmlPages, writeProject } from '../../../scripts/lib/peers/common.ts';
import { ELEVENTY_BIN, ELEVENTY_PACKAGE, eleventySiteFiles } from '../../../scripts/lib/peers/eleventy.ts';
import { NODE, ROOT } from '../../tools/helpers.ts';
import { pagefindIndexed, smallCorpus } from './helpers.ts';

/** Where `npm run bench:peers` installs Eleventy (never into the project's dependencies). */
const TOOLS = join(ROOT, 'tmp/bench/peers/eleventy-tools');
const hasEleventy = existsSync(join(TOOLS, ELEVENTY_BIN));

describe('eleventySiteFiles', () => {
	const files = eleventySiteFiles('/corpus/content-10', '/peers/eleventy/_site');
	const config = files['eleventy.config.mjs']!;

	test('one configuration file over the corpus, every template virtual', () => {
		expect(Object.keys(files).sort()).toEqual(['eleventy.config.mjs', 'package.json']);
		expect(config).toContain('"contentDir": "/corpus/content-10"');
		expect(config).toContain("return { dir: { input: contentDir, output: outDir }, markdownTemplateEngine: false, htmlTemplateEngine: 'njk' };");
		expect(config).toContain("eleventyConfig.ignores.add('**/*.*.md');");
		expect(config).toContain("eleventyConfig.addTemplate('_includes/detail.njk', detail);");
		expect(ELEVENTY_PACKAGE).toBe('@11ty/eleventy@3');
	});

	test('its settings are valid JSON: the detail layout carries the body in the element Pagefind indexes', () => {
		const settings = JSON.parse(/= (\{[\s\S]*?\n\});\n/.exec(config)![1]!) as { detail: string; list: string; pageSize: number; types: string[] };
		expect(settings.detail).toContain('<main data-pagefind-body>\n<h1>{{ title }}</h1>');
		expect(settings.detail).toContain('{{ content | safe }}\n</main>');
		expect(settings.list).not.toContain('data-pagefind-body');
		expect(settings.pageSize).toBe(20);
		expect(settings.types).toEqual(['news', 'events', 'publications']);
	});
});

describe.skipIf(!hasEleventy)('an Eleventy build of the corpus', () => {
	const { dir: content, root } = smallCorpus(45);
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	test('a page per original entry and its lists, newest first; Pagefind indexes every entry', () => {
		const project = join(root, 'eleventy');
		const out = join(project, '_site');
		writeProject(project, eleventySiteFiles(content, out));
		// From the folder that holds the corpus, as the comparison runs it.
		const build = spawnSync(NODE, [join(TOOLS, ELEVENTY_BIN), '--config', join(project, 'eleventy.config.mjs'), '--quiet'], { cwd: root, encoding: 'utf8' });
		expect(build.status, build.stderr + build.stdout).toBe(0);
		expect(readdirSync(join(out, 'news')).filter((name) => name.startsWith('news-'))).toHaveLength(23);
		expect(htmlPages(out)).toBe(45 + 4 + 1);
		const list = readFileSync(join(out, 'news/index.html'), 'utf8');
		const dates = [...list.matchAll(/datetime="([\d-]+)"/g)].map((match) => match[1]!);
		expect(dates).toHaveLength(20);
		expect([...dates].sort().reverse()).toEqual(dates);
		expect(list).toContain('<a href="/news/page/2/">Older</a>');
		expect(pagefindIndexed(out)).toBe(45);
	});
});
