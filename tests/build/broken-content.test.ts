/**
 * A broken entry fails the whole build with `file:line: field: message`, and
 * nothing is published: the output folder gets no pages.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'broken-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test.each([
	{ name: 'astro build', command: ['node_modules/astro/bin/astro.mjs', 'build'] },
	{ name: 'npm run build', command: ['scripts/build.ts'] },
])(
	'an impossible date, a javascript: link and an unknown topic stop $name and are all named',
	({ command }) => {
		const content = join(work, 'content');
		cpSync('content', content, { recursive: true });
		mkdirSync(join(content, 'news'), { recursive: true });
		writeFileSync(
			join(content, 'news', 'broken-item.md'),
			'---\ntitle: Broken\ndate: 2024-02-30\ntopics: [no-such-topic]\nlinks:\n  - label: Click\n    url: "javascript:alert(1)"\n---\n\nText.\n',
		);
		const out = join(work, 'dist');
		// Vitest sets BASE_URL in the environment; Astro would take it over `base`.
		const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
		const build = spawnSync(process.execPath, [...command, '--outDir', out], { env: { ...env, CONTENT_DIR: content }, encoding: 'utf8' });
		const output = `${build.stdout}\n${build.stderr}`;
		expect(build.status).not.toBe(0);
		expect(output).toMatch(/news\/broken-item\.md:3: date: "2024-02-30" is not a real calendar date/);
		expect(output).toMatch(/news\/broken-item\.md:4: topics\.0: unknown topic "no-such-topic"/);
		expect(output).toMatch(/news\/broken-item\.md:7: links\.0\.url: "javascript:alert\(1\)" is not allowed/);
		expect(existsSync(join(out, 'index.html'))).toBe(false);
		// Nothing is indexed after a failed build.
		expect(output).not.toMatch(/Indexing entry pages/);
	},
	120_000,
);
