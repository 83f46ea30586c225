import { expect, test } from 'vitest';
import { corpusOptions } from '../../scripts/lib/cli.ts';

test.each([
	[
		{ entries: '1000', seed: '1' },
		{ entries: 1000, seed: 1 },
	],
	[
		{ entries: '1', seed: '-7' },
		{ entries: 1, seed: -7 },
	],
	[{ entries: '0', seed: '1' }, { error: '--entries must be a positive whole number, got 0' }],
	[{ entries: '2.5', seed: '1' }, { error: '--entries must be a positive whole number, got 2.5' }],
	[{ entries: 'many', seed: '1' }, { error: '--entries must be a positive whole number, got many' }],
	[{ entries: '10', seed: '0.5' }, { error: '--seed must be a whole number, got 0.5' }],
	[{ entries: '10', seed: 'x' }, { error: '--seed must be a whole number, got x' }],
])('corpusOptions(%o) is %o', (values, expected) => {
	expect(corpusOptions(values)).toEqual(expected);
});
