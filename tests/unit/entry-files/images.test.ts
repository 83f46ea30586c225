import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	IMAGE_IMPORT_PREFIX,
	bodyImageFiles,
	bodyImageImports,
	bodyImageProblems,
	imageFileProblems,
	imageSources,
	withImageImports,
} from '../../../src/entry-files/images.ts';

const work = mkdtempSync(join(tmpdir(), 'entry-images-'));
const content = join(work, 'content');
const publicDir = join(work, 'public');
const entryFile = join(content, 'news', 'item.md');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
	mkdirSync(join(content, 'news'), { recursive: true });
	mkdirSync(join(publicDir, 'media'), { recursive: true });
	const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#369' } })
		.jpeg()
		.toBuffer();
	writeFileSync(join(content, 'news', 'photo.jpg'), jpeg);
	writeFileSync(join(content, 'news', 'a b.jpg'), jpeg);
	writeFileSync(join(publicDir, 'media', 'shared.jpg'), jpeg);
});

test.each([
	[{ image: { src: './photo.jpg', alt: 'x' } }, [{ field: 'image', src: './photo.jpg', path: ['src'] }]],
	[{ image: { caption: 'lost' } }, []],
	[{ cover: { src: '/media/shared.jpg', alt: 'x' } }, [{ field: 'cover', src: '/media/shared.jpg', path: ['src'] }]],
	// A publication's cover is its path alone.
	[{ cover: '/covers/a.jpg' }, [{ field: 'cover', src: '/covers/a.jpg', path: [] }]],
	[{ title: 'none' }, []],
])('imageSources(%j)', (data, expected) => expect(imageSources(data)).toEqual(expected));

describe('imageFileProblems', () => {
	const source = '---\ntitle: T\ndate: 2013-01-01\nimage:\n  src: ./x.jpg\n  alt: x\n---\n';
	test.each([
		['./photo.jpg', []],
		['/media/shared.jpg', []],
		['https://cdn.example/a.jpg', []],
		['./missing.jpg', ['content/news/item.md:5: image.src: "./missing.jpg" names a file that does not exist']],
		['/media/missing.jpg', ['content/news/item.md:5: image.src: "/media/missing.jpg" names a file that does not exist']],
		['./bad%E0.jpg', ['content/news/item.md:5: image.src: "./bad%E0.jpg" has a % that does not start an escape']],
	])('%s', (src, expected) => {
		const problems = imageFileProblems({ image: { src, alt: 'x' } }, entryFile, source, 'content/news/item.md', content, publicDir);
		expect(problems.map((problem) => `${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`.replace(/ \(.*$/, ''))).toEqual(expected);
	});

	test.each([
		['/media/shared.jpg', []],
		['https://cdn.example/cover.jpg', []],
		['/covers/missing.jpg', ['content/news/item.md:4: cover: "/covers/missing.jpg" names a file that does not exist']],
	])('a cover named by its path alone: %s', (src, expected) => {
		const coverSource = '---\ntitle: T\ndate: 2013-01-01\ncover: /covers/missing.jpg\n---\n';
		const problems = imageFileProblems({ cover: src }, entryFile, coverSource, 'content/news/item.md', content, publicDir);
		expect(problems.map((problem) => `${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`.replace(/ \(.*$/, ''))).toEqual(expected);
	});
});

test('withImageImports marks the files for Astro to import, from the entry folder, and leaves URLs alone', () => {
	expect(withImageImports({ image: { src: './photo.jpg', alt: 'x', credit: 'UNODC' } }, entryFile, publicDir)).toEqual({
		image: { src: `${IMAGE_IMPORT_PREFIX}./photo.jpg`, alt: 'x', credit: 'UNODC' },
	});
	expect(withImageImports({ cover: { src: '/media/shared.jpg', alt: 'x' } }, entryFile, publicDir)).toEqual({
		cover: { src: `${IMAGE_IMPORT_PREFIX}../../public/media/shared.jpg`, alt: 'x' },
	});
	expect(withImageImports({ cover: '/media/shared.jpg' }, entryFile, publicDir)).toEqual({ cover: `${IMAGE_IMPORT_PREFIX}../../public/media/shared.jpg` });
	expect(withImageImports({ cover: 'https://cdn.example/cover.jpg' }, entryFile, publicDir)).toEqual({ cover: 'https://cdn.example/cover.jpg' });
	const remote = { image: { src: 'https://cdn.example/a.jpg', alt: 'x', width: 10, height: 10 } };
	expect(withImageImports(remote, entryFile, publicDir)).toEqual(remote);
});

test("the mark is Astro's (its content layer's constant, which Astro does not export)", () => {
	const consts = readFileSync(join(import.meta.dirname, '../../../node_modules/astro/dist/content/consts.js'), 'utf8');
	expect(/const IMAGE_IMPORT_PREFIX = "([^"]+)"/.exec(consts)?.[1]).toBe(IMAGE_IMPORT_PREFIX);
});

describe('body images', () => {
	const body =
		'Text.\n\n![A boat](photo.jpg)\n\n![](a%20b.jpg)\n\n![Remote](https://cdn.example/a.jpg)\n\n![Missing](gone.jpg)\n\n![Shared](/media/shared.jpg)\n';
	test('files named by the body, by their decoded URL; remote images are not files', () => {
		expect(bodyImageFiles(body).map(({ line, url, alt, key }) => [line, url, alt, key])).toEqual([
			[3, 'photo.jpg', 'A boat', 'photo.jpg'],
			[5, 'a%20b.jpg', '', 'a b.jpg'],
			[9, 'gone.jpg', 'Missing', 'gone.jpg'],
			[11, '/media/shared.jpg', 'Shared', '/media/shared.jpg'],
		]);
	});
	test('problems at their line of the file', () => {
		expect(
			bodyImageProblems(body, 8, entryFile, 'item.md', content, publicDir).map((problem) => `${problem.line}: ${problem.message}`.replace(/ \(.*$/, '')),
		).toEqual([
			'12: image "a%20b.jpg" has no text alternative: describe it between the brackets, ![A boat at sea](a%20b.jpg)',
			'16: image "gone.jpg" names a file that does not exist',
		]);
	});
	test('a % that starts no escape is a problem at its line, and no import', () => {
		const broken = 'Text.\n\n![A boat](bad%E0.jpg)\n';
		expect(bodyImageProblems(broken, 8, entryFile, 'item.md', content, publicDir).map((problem) => `${problem.line}: ${problem.message}`)).toEqual([
			'10: image "bad%E0.jpg" has a % that does not start an escape (%20 is a space): write the file name as it is, or %25 for a percent sign',
		]);
		expect(bodyImageImports(broken, entryFile, publicDir)).toEqual({});
	});
	test('imports by decoded URL', () => {
		expect(bodyImageImports(body, entryFile, publicDir)).toEqual({
			'photo.jpg': `${IMAGE_IMPORT_PREFIX}./photo.jpg`,
			'a b.jpg': `${IMAGE_IMPORT_PREFIX}./a b.jpg`,
			'gone.jpg': `${IMAGE_IMPORT_PREFIX}./gone.jpg`,
			'/media/shared.jpg': `${IMAGE_IMPORT_PREFIX}../../public/media/shared.jpg`,
		});
	});
});
