/** The bare Astro peer (scripts/lib/peers/astro.ts): its project, built with the project's Astro. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { astroSiteFiles } from '../../../scripts/lib/peers/astro.ts';
import { htmlPages, writeProject } from '../../../scripts/lib/peers/common.ts';
import { NODE, ROOT } from '../../tools/helpers.ts';
import { pagefindIndexed, smallCorpus } from './helpers.ts';

describe('astroSiteFiles', () => {
	const files = astroSiteFiles('/corpus/content-10');

	test('a collection with the glob loader over the originals, no integrations', () => {
		expect(Object.keys(files).sort()).toEqual([
			'astro.config.mjs',
			'package.json',
			'src/content.config.ts',
			'src/dates.ts',
			'src/pages/[...slug].astro',
			'src/pages/[type]/page/[...page].astro',
			'src/pages/index.astro',
		]);
		expect(files['astro.config.mjs']).toContain("defineConfig({ output: 'static' })");
		expect(files['src/content.config.ts']).toContain(`glob({ base: "/corpus/content-10", pattern: ["{news,events,publications}/*.md", '!**/*.*.md'] })`);
		expect(files['src/pages/[...slug].astro']).toContain('<main data-pagefind-body>\n\t\t\t<h1>{entry.data.title}</h1>');
		expect(files['src/pages/[type]/page/[...page].astro']).toContain('pageSize: 20');
	});
});

describe('a bare Astro build of the corpus', () => {
	const { dir: content, root } = smallCorpus(45);
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	test('a page per original entry and its lists, newest first; Pagefind indexes every entry', () => {
		const project = join(root, 'astro');
		writeProject(project, astroSiteFiles(content));
		symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
		const build = spawnSync(NODE, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', project], {
			cwd: project,
			encoding: 'utf8',
			env: { ...process.env, FORCE_COLOR: '0' },
		});
		expect(build.status, build.stderr + build.stdout).toBe(0);
		const out = join(project, 'dist');
		expect(readdirSync(join(out, 'news')).filter((name) => name.startsWith('news-'))).toHaveLength(23);
		expect(htmlPages(out)).toBe(45 + 4 + 1);
		const news = readdirSync(join(out, 'news')).find((name) => name.startsWith('news-'))!;
		const source = readFileSync(join(content, 'news', `${news}.md`), 'utf8');
		const html = readFileSync(join(out, 'news', news, 'index.html'), 'utf8');
		expect(html).toContain(`<time datetime="${/^date: (.*)$/m.exec(source)![1]}">`);
		expect(html).not.toContain('<script');
		const list = readFileSync(join(out, 'news/page/index.html'), 'utf8');
		const dates = [...list.matchAll(/datetime="([\d-]+)"/g)].map((match) => match[1]!);
		expect(dates).toHaveLength(20);
		expect([...dates].sort().reverse()).toEqual(dates);
		expect(pagefindIndexed(out)).toBe(45);
	});
});
