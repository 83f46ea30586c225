import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { IMAGE_LIMITS, imageFileProblem, isRelativeImage, isRemoteImage, locateImage } from '../../../src/lib/images/files.ts';

const work = mkdtempSync(join(tmpdir(), 'image-files-'));
const content = join(work, 'content');
const media = join(work, 'public');
const outside = join(work, 'elsewhere');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
	for (const folder of [join(content, 'news'), join(media, 'media'), outside]) mkdirSync(folder, { recursive: true });
	const jpeg = (width: number, height: number) =>
		sharp({ create: { width, height, channels: 3, background: '#336699' } })
			.jpeg()
			.toBuffer();
	writeFileSync(join(content, 'news', 'photo.jpg'), await jpeg(40, 30));
	writeFileSync(
		join(media, 'media', 'photo.png'),
		await sharp({ create: { width: 20, height: 20, channels: 3, background: '#fff' } })
			.png()
			.toBuffer(),
	);
	// sharp itself refuses to make an image over 8,000 px cheaply, so the header says so: a 1×8,001 px JPEG.
	writeFileSync(join(content, 'news', 'tall.jpg'), await jpeg(1, IMAGE_LIMITS.pixels + 1));
	writeFileSync(join(content, 'news', 'damaged.jpg'), 'this is not a JPEG');
	writeFileSync(join(content, 'news', 'huge.jpg'), Buffer.alloc(IMAGE_LIMITS.bytes + 1));
	writeFileSync(join(content, 'news', 'notes.txt'), 'text');
	writeFileSync(join(outside, 'secret.jpg'), await jpeg(10, 10));
	symlinkSync(join(outside, 'secret.jpg'), join(content, 'news', 'linked.jpg'));
	mkdirSync(join(content, 'news', 'folder.jpg'));
});

describe('locateImage', () => {
	const entry = join(content, 'news', 'item.md');
	test.each([
		['./photo.jpg', { kind: 'file', path: join(content, 'news', 'photo.jpg'), importPath: './photo.jpg' }],
		['photo.jpg', { kind: 'file', path: join(content, 'news', 'photo.jpg'), importPath: './photo.jpg' }],
		['photos/a%20b.jpg', { kind: 'file', path: join(content, 'news', 'photos', 'a b.jpg'), importPath: './photos/a b.jpg' }],
		['/media/photo.png', { kind: 'file', path: join(media, 'media', 'photo.png'), importPath: '../../public/media/photo.png' }],
		['https://cdn.example/a.jpg', { kind: 'remote', url: 'https://cdn.example/a.jpg' }],
		['./bad%E0.jpg', { kind: 'invalid', problem: expect.stringContaining('%25 for a percent sign') }],
		['/media/100%.png', { kind: 'invalid', problem: expect.stringContaining('does not start an escape') }],
	])('%s', (src, expected) => expect(locateImage(src, entry, media)).toEqual(expected));
});

test.each([
	['https://cdn.example/a.jpg', true, false],
	['HTTP://cdn.example/a.jpg', true, false],
	['/media/a.jpg', false, false],
	['./a.jpg', false, true],
	['a.jpg', false, true],
])('%s: remote %s, relative %s', (src, remote, relative) => {
	expect(isRemoteImage(src)).toBe(remote);
	expect(isRelativeImage(src)).toBe(relative);
});

describe('imageFileProblem', () => {
	const roots = () => [content, media];
	test.each([
		['news/photo.jpg', undefined],
		['news/missing.jpg', /^names a file that does not exist/],
		['news/damaged.jpg', /^cannot be read as an image/],
		['news/huge.jpg', /^is 20\.0 MB, more than the 20 MB limit/],
		['news/tall.jpg', /^is 1×8001 pixels, more than the 8,000 px limit/],
		['news/notes.txt', /^is not an image file the site can resize/],
		['news/linked.jpg', /^leads out of the content and media folders/],
		['news/folder.jpg', /^is a folder/],
	])('%s', (path, expected) => {
		const problem = imageFileProblem(join(content, path), roots());
		if (expected === undefined) expect(problem).toBeUndefined();
		else expect(problem).toMatch(expected);
	});
	test('a file of the media folder', () => expect(imageFileProblem(join(media, 'media', 'photo.png'), roots())).toBeUndefined());
});
