/**
 * A cold content sync of a large folder renders the bodies on threads
 * (src/lib/markdown/threads/): every body file must be the one the main
 * thread makes, named alike, with no file more or less and nothing left
 * half-written, and every excerpt in the data store must be the main
 * thread's.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { afterAll, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/lib/corpus.ts';
import { parseEntryFile } from '../../src/entry-files/front-matter.ts';
import { excerptFromMarkdown } from '../../src/lib/markdown/excerpt.ts';
import { rehypePlugins } from '../../src/lib/markdown/rehype-plugins.ts';
import { renderBody } from '../../src/lib/markdown/render.ts';
import { MIN_BODIES_FOR_THREADS } from '../../src/loaders/entries.ts';

const work = mkdtempSync(join(tmpdir(), 'content-threads-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// Vitest sets BASE_URL and friends; Astro would take BASE_URL over `base`.
const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...ENV } = process.env;

test('a cold sync of more bodies than the threshold: the main thread’s body files and excerpts, on threads', async () => {
	const content = join(work, 'content');
	const cache = join(work, 'cache');
	cpSync('content/taxonomies', join(content, 'taxonomies'), { recursive: true });
	const files = generateCorpus(MIN_BODIES_FOR_THREADS + 200, 7, { photos: false });
	for (const file of files) {
		mkdirSync(join(content, file.type), { recursive: true });
		writeFileSync(join(content, file.path), file.source);
	}
	const sync = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], {
		env: { ...ENV, CONTENT_DIR: content, ASTRO_CACHE_DIR: cache, SITE_LANGUAGES: 'en', FORCE_COLOR: '0' },
		encoding: 'utf8',
		timeout: 300_000,
	});
	const output = `${sync.stdout}\n${sync.stderr}`;
	expect(sync.status, output).toBe(0);
	// The threads did the work: the loaders say so.
	expect(output).toMatch(/\d+ of \d+ changed bodies rendered on render threads/);

	const unified = await createMarkdownProcessor({ rehypePlugins });
	const expected = new Map<string, Set<string>>();
	const store = readFileSync(join(cache, 'data-store.json'), 'utf8');
	for (const file of files) {
		const { body } = parseEntryFile(file.source);
		const html = renderBody(body)?.html ?? (await unified.render(body)).code;
		const name = `${createHash('sha256').update(html).digest('hex').slice(0, 32)}.html`;
		const names = expected.get(file.type) ?? new Set();
		names.add(name);
		expected.set(file.type, names);
		expect(readFileSync(join(cache, 'entry-bodies', file.type, name), 'utf8'), file.path).toBe(html);
		expect(store.includes(JSON.stringify(excerptFromMarkdown(body))), `${file.path}: excerpt`).toBe(true);
	}
	for (const [type, names] of expected) expect(readdirSync(join(cache, 'entry-bodies', type)).sort(), type).toEqual([...names].sort());
}, 300_000);
