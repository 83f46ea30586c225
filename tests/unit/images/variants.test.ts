import { expect, test } from 'vitest';
import { phoneWidths, socialCardSize, srcsetOf, widthsFor } from '../../../src/lib/images/variants.ts';

test.each([
	// A large photo in the article column: up to twice the column.
	[4000, 672, [360, 540, 720, 1080, 1344]],
	// A small file is never enlarged.
	[500, 672, [360, 500]],
	[300, 672, [300]],
	// A width just above a step does not make a file barely larger than the step's.
	[1100, 672, [360, 540, 720, 1100]],
	// A thumbnail.
	[4000, 160, [320]],
])('a %i px photo shown at most %i px wide: %j', (original, maxWidth, expected) => expect(widthsFor(original, maxWidth)).toEqual(expected));

test.each([
	// A large photo: phones stop at 720 px, twice their column.
	[
		[360, 540, 720, 1080, 1344],
		[360, 540, 720],
	],
	// Nothing wider than a phone's cap: one set serves every screen.
	[[360, 500], undefined],
	[[320], undefined],
	// Nothing as narrow as the cap: phones get the full set too.
	[[800], undefined],
])('phones get %j → %j', (widths, expected) => expect(phoneWidths(widths)).toEqual(expected));

test('srcsetOf lists the files by width, only the widths asked for when given', () => {
	const files = [
		{ url: '/a-360.avif', width: 360 },
		{ url: '/a-720.avif', width: 720 },
		{ url: '/a-1344.avif', width: 1344 },
	];
	expect(srcsetOf(files)).toBe('/a-360.avif 360w, /a-720.avif 720w, /a-1344.avif 1344w');
	expect(srcsetOf(files, [360, 720])).toBe('/a-360.avif 360w, /a-720.avif 720w');
});

test.each([
	// A photo wider than the card: the card at full size.
	[4000, 3000, { width: 1200, height: 630 }],
	// A cover drawn 320 px wide: never enlarged, the card's shape kept.
	[320, 453, { width: 320, height: 168 }],
	// A panorama too short for 630 px.
	[3000, 400, { width: 762, height: 400 }],
])('a %i × %i image makes a %j social card', (width, height, expected) => expect(socialCardSize({ width, height })).toEqual(expected));
