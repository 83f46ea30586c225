/**
 * A photo the build cannot publish fails it with `file:line: field: message`,
 * every one at once, before anything is rendered: a missing file, a damaged
 * one, one over the size limit, one without a text alternative, a remote
 * image without its size; and the body's own images, missing or undescribed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, expect, test } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'broken-images-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A news entry whose front matter ends with `image` lines (its `src:` on line 5). */
const entry = (image: string) => `---\ntitle: A photo\ndate: 2013-01-01\nimage:\n${image}\n---\n\nText.\n`;

test('missing, damaged, oversized and undescribed photos stop the build and are all named', async () => {
	const content = join(work, 'content');
	cpSync('content', content, { recursive: true });
	const news = join(content, 'news');
	mkdirSync(news, { recursive: true });
	writeFileSync(join(news, 'damaged.jpg'), 'not a photo');
	writeFileSync(
		join(news, 'wide.jpg'),
		await sharp({ create: { width: 8001, height: 2, channels: 3, background: '#000' } })
			.jpeg()
			.toBuffer(),
	);
	writeFileSync(
		join(news, 'fine.jpg'),
		await sharp({ create: { width: 40, height: 30, channels: 3, background: '#000' } })
			.jpeg()
			.toBuffer(),
	);
	const cases = {
		'photo-missing': '  src: ./no-such-photo.jpg\n  alt: A boat',
		'photo-damaged': '  src: ./damaged.jpg\n  alt: A boat',
		'photo-wide': '  src: ./wide.jpg\n  alt: A boat',
		'photo-without-alt': '  src: ./fine.jpg\n  credit: UNODC',
		'photo-remote-without-size': '  src: https://cdn.example/boat.jpg\n  alt: A boat',
		'photo-media-missing': '  src: /media/no-such-photo.jpg\n  alt: A boat',
	};
	for (const [slug, image] of Object.entries(cases)) writeFileSync(join(news, `${slug}.md`), entry(image));
	// The body's own images: on lines 11 and 13 of the file.
	writeFileSync(join(news, 'body-photos.md'), `${entry('  src: ./fine.jpg\n  alt: A boat')}\n![](fine.jpg)\n\n![A quay](quay.jpg)\n`);
	const out = join(work, 'dist');
	// Vitest sets BASE_URL in the environment; Astro would take it over `base`.
	const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
	const build = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', out], { env: { ...env, CONTENT_DIR: content }, encoding: 'utf8' });
	const output = `${build.stdout}\n${build.stderr}`;
	expect(build.status).not.toBe(0);
	expect(output).toMatch(/news\/photo-missing\.md:5: image\.src: "\.\/no-such-photo\.jpg" names a file that does not exist/);
	expect(output).toMatch(/news\/photo-damaged\.md:5: image\.src: "\.\/damaged\.jpg" cannot be read as an image/);
	expect(output).toMatch(/news\/photo-wide\.md:5: image\.src: "\.\/wide\.jpg" is 8001×2 pixels, more than the 8,000 px limit/);
	expect(output).toMatch(/news\/photo-without-alt\.md:4: image\.alt: required when src is set/);
	expect(output).toMatch(/news\/photo-remote-without-size\.md:4: image\.width: required for an image from another site/);
	expect(output).toMatch(/news\/photo-media-missing\.md:5: image\.src: "\/media\/no-such-photo\.jpg" names a file that does not exist/);
	expect(output).toMatch(/news\/body-photos\.md:11: body: image "fine\.jpg" has no text alternative/);
	expect(output).toMatch(/news\/body-photos\.md:13: body: image "quay\.jpg" names a file that does not exist/);
	expect(existsSync(join(out, 'index.html'))).toBe(false);
}, 120_000);
