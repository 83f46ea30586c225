import type { ImageMetadata } from 'astro';
import { expect, test } from 'vitest';
import {
	decodedUrl,
	imageDimensions,
	isOptimisedSource,
	plainMetadata,
	remoteImageUrl,
	withoutBase,
	withoutImageProxy,
} from '../../../src/lib/images/sources.ts';

const metadata: ImageMetadata = { src: '/_astro/photo.abc.jpg', width: 2400, height: 1600, format: 'jpg' };

/** Astro's proxy (astro/dist/assets/utils/proxy.js): reading a property marks the original as used; `clone` does not. */
function proxied(target: ImageMetadata): { image: ImageMetadata; reads: string[] } {
	const reads: string[] = [];
	const image = new Proxy(target, {
		get(object, name) {
			if (name === 'clone') return structuredClone(object);
			const value = object[name as keyof ImageMetadata];
			// As Astro's: only the properties an image has count (JSON.stringify asks every object for toJSON).
			if (value !== undefined) reads.push(String(name));
			return value;
		},
	});
	return { image, reads };
}

test.each([
	[metadata, true],
	['/media/a.jpg', false],
	['https://cdn.example/a.jpg', false],
	[undefined, false],
])('isOptimisedSource(%j) is %s', (src, expected) => expect(isOptimisedSource(src)).toBe(expected));

test.each([
	[{ src: metadata }, { width: 2400, height: 1600 }],
	[
		{ src: 'https://cdn.example/a.jpg', width: 600, height: 400 },
		{ width: 600, height: 400 },
	],
	[{ src: 'https://cdn.example/a.jpg' }, undefined],
])('imageDimensions(%j)', (image, expected) => expect(imageDimensions(image)).toEqual(expected));

test.each([
	[metadata, undefined],
	['https://cdn.example/a.jpg', 'https://cdn.example/a.jpg'],
	[undefined, undefined],
])('remoteImageUrl(%j) is %s', (src, expected) => expect(remoteImageUrl(src)).toBe(expected));

test.each([
	['/smuggling/_astro/a.jpg', '/smuggling/', '/_astro/a.jpg'],
	['/smuggling/_astro/a.jpg', '/smuggling', '/_astro/a.jpg'],
	['/_astro/a.jpg', '/', '/_astro/a.jpg'],
	['/smugglingx/a.jpg', '/smuggling/', '/smugglingx/a.jpg'],
])('withoutBase(%s, %s) is %s', (url, base, expected) => expect(withoutBase(url, base)).toBe(expected));

test.each([
	['a%20b.jpg', 'a b.jpg'],
	['100%.jpg', '100%.jpg'],
	['plain.jpg', 'plain.jpg'],
])('decodedUrl(%s) is %s', (url, expected) => expect(decodedUrl(url)).toBe(expected));

test('reading dimensions and serialising data never reads through the proxy', () => {
	const { image, reads } = proxied(metadata);
	expect(plainMetadata(image)).toEqual(metadata);
	expect(imageDimensions({ src: image })).toEqual({ width: 2400, height: 1600 });
	expect(JSON.parse(JSON.stringify({ data: { image: { src: image } } }, (_key, value: unknown) => withoutImageProxy(value)))).toEqual({
		data: { image: { src: metadata } },
	});
	expect(reads).toEqual([]);
});
