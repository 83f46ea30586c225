import { expect, test } from 'vitest';
import { widthsFor } from '../../../src/lib/images/variants.ts';

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
