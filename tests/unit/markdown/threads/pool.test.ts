/**
 * The render threads (src/lib/markdown/threads/pool.ts) give what the main
 * thread gives: the same body file, named the same, and the same excerpt; a
 * failure names its step; a stopped thread fails its bodies, not the pool.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../../../scripts/lib/corpus.ts';
import { parseEntryFile } from '../../../../src/entry-files/front-matter.ts';
import { excerptFromMarkdown } from '../../../../src/lib/markdown/excerpt.ts';
import { renderBody } from '../../../../src/lib/markdown/render.ts';
import { BodyFailure, RenderPool } from '../../../../src/lib/markdown/threads/pool.ts';

const work = mkdtempSync(join(tmpdir(), 'render-pool-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const failing = new URL('./failing-worker.ts', import.meta.url);

/** Resolves once the pool's idle check (a setImmediate after the last body) has run. */
const idle = () => new Promise((done) => setTimeout(done, 50));

/** What the main thread makes of `markdown`: its HTML (undefined when it needs the unified pipeline) and excerpt. */
const onMainThread = (markdown: string) => ({ html: renderBody(markdown)?.html, excerpt: excerptFromMarkdown(markdown) });

describe('RenderPool', () => {
	test.each([
		{ name: 'paragraphs', markdown: 'Plain paragraph.\n\nSecond with **strong** and a [link](https://www.unodc.org/).' },
		{ name: 'headings', markdown: '## Background\n\nText.\n\n## Background\n\n### Details\n' },
		{ name: 'hostile HTML', markdown: '<script>alert(1)</script>text <img src="https://example.org/x.png" onerror="alert(1)" alt="x">' },
		{ name: 'smart quotes', markdown: `UNODC's "new" report: the 'model law' in the '90s.` },
		{ name: 'a double hyphen (left to the unified pipeline)', markdown: 'Before -- after.' },
		{ name: 'a code block (left to the unified pipeline)', markdown: '```\ncode\n```\n' },
	])('$name: the body file and excerpt the main thread would make', async ({ markdown }) => {
		const pool = new RenderPool(1);
		const folder = join(work, 'each');
		const got = await pool.render(markdown, folder);
		const want = onMainThread(markdown);
		expect(got.excerpt).toBe(want.excerpt);
		if (want.html === undefined) {
			expect(got.bodyFile).toBeUndefined();
			return;
		}
		expect(got.bodyFile).toMatch(/^.+\/[0-9a-f]{32}\.html$/);
		expect(readFileSync(resolve(got.bodyFile!), 'utf8')).toBe(want.html);
	});

	test('a corpus sent at once over two threads: every body as on the main thread, then the threads stop', async () => {
		const pool = new RenderPool(2);
		const folder = join(work, 'corpus');
		const bodies = generateCorpus(120, 5).map((file) => parseEntryFile(file.source).body);
		const results = await Promise.all(bodies.map((body) => pool.render(body, folder)));
		expect(pool.threads).toBe(2);
		results.forEach((got, index) => {
			const want = onMainThread(bodies[index]!);
			expect(got.excerpt).toBe(want.excerpt);
			if (want.html === undefined) expect(got.bodyFile).toBeUndefined();
			else expect(readFileSync(resolve(got.bodyFile!), 'utf8')).toBe(want.html);
		});
		await idle();
		expect(pool.threads).toBe(0);
	});

	test('a body sent ahead is taken once; forgotten ones are not taken', async () => {
		const pool = new RenderPool(1);
		const folder = join(work, 'ahead');
		pool.prefetch('First body.', folder);
		pool.prefetch('Second body.', folder);
		const first = pool.take('First body.', folder);
		expect(first).toBeDefined();
		expect(pool.take('First body.', folder)).toBeUndefined();
		// The same text for another folder is another body file.
		expect(pool.take('Second body.', join(work, 'elsewhere'))).toBeUndefined();
		expect((await first!).excerpt).toBe(excerptFromMarkdown('First body.'));
		pool.forgetAhead();
		expect(pool.take('Second body.', folder)).toBeUndefined();
		// Rendering what was forgotten renders it again.
		expect((await pool.render('Second body.', folder)).excerpt).toBe(excerptFromMarkdown('Second body.'));
	});

	test('a body file that cannot be written fails at the write step', async () => {
		const file = join(work, 'not-a-folder');
		writeFileSync(file, '');
		const failure = await new RenderPool(1).render('Text.', join(file, 'news')).catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(BodyFailure);
		expect((failure as BodyFailure).step).toBe('write');
		expect((failure as BodyFailure).message).toMatch(/ENOTDIR|EEXIST/);
	});

	test('a body the thread cannot render fails at the render step, with the thread’s message', async () => {
		const failure = await new RenderPool(1, failing).render('this body', work).catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(BodyFailure);
		expect(failure).toMatchObject({ step: 'render', message: 'cannot render this body' });
	});

	test('a thread that stops fails the bodies it held, and the next body starts a new one', async () => {
		const pool = new RenderPool(1, failing);
		await expect(pool.render('exit', work)).rejects.toThrow('A body render thread stopped with exit code 3');
		expect(pool.threads).toBe(0);
		await expect(pool.render('after', work)).rejects.toThrow('cannot render after');
	});
});
