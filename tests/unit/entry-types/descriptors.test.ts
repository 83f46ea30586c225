import { describe, expect, test } from 'vitest';
import {
	createEntrySchemas,
	ENTRY_TYPES,
	entryType,
	factsOf,
	findEntryType,
	isEntryType,
	SCHEDULED_TYPES,
	TYPE_NAMES,
} from '../../../src/entry-types/index.ts';
import { join } from 'node:path';
import { loadVocabularies } from '../../../src/entry-files/vocabularies.ts';
import { LANGUAGES } from '../../../src/translations/index.ts';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5]
		.map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
		.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('entry type descriptors', () => {
	test('names are unique slugs, aliases name no other type', () => {
		expect(new Set(TYPE_NAMES).size).toBe(TYPE_NAMES.length);
		for (const type of ENTRY_TYPES) {
			expect(type.name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
			for (const alias of type.aliases) expect(TYPE_NAMES).not.toContain(alias);
		}
	});

	test.each(ENTRY_TYPES.map((type) => [type.name, type] as const))('%s: white label text on its colour passes WCAG AA (4.5:1)', (_, type) => {
		expect(type.colour).toMatch(/^#[0-9a-f]{6}$/i);
		expect((1 + 0.05) / (luminance(type.colour) + 0.05)).toBeGreaterThanOrEqual(4.5);
	});

	test.each(ENTRY_TYPES.flatMap((type) => LANGUAGES.map((language) => [type.name, language.code, type] as const)))(
		'%s has every label in %s',
		(_, code, type) => {
			const labels = type.labels[code];
			expect(labels, `${type.name} lacks labels in ${code}`).toBeDefined();
			for (const key of ['one', 'other', 'intro', 'all', 'latest'] as const) expect(labels![key].trim(), key).not.toBe('');
			if (type.scheduled) for (const key of ['upcoming', 'past', 'noneUpcoming'] as const) expect(labels![key]?.trim(), key).toBeTruthy();
		},
	);

	test('lookups', () => {
		expect(isEntryType('news')).toBe(true);
		expect(isEntryType('blog')).toBe(false);
		expect(findEntryType('Event')).toBe('events');
		expect(findEntryType('publication')).toBe('publications');
		expect(findEntryType('blog')).toBeUndefined();
		expect(entryType('events').scheduled).toBe(true);
		expect(SCHEDULED_TYPES).toEqual(['events']);
	});

	test('every type has a schema bound to the vocabularies', () => {
		const schemas = createEntrySchemas({ topics: [], regions: [], kinds: [] });
		expect(Object.keys(schemas)).toEqual(TYPE_NAMES);
	});
});

describe('facts: the one accessor for type-specific fields', () => {
	test.each([
		['news', { dateline: 'Bangkok (Thailand)' }, { dateline: 'Bangkok (Thailand)', languages: [], files: [] }],
		[
			'events',
			{ startDate: '2012-03-01', endDate: '2012-03-03', location: 'Vienna' },
			{ startDate: '2012-03-01', endDate: '2012-03-03', location: 'Vienna', languages: [], files: [] },
		],
		[
			'publications',
			{ kind: 'manual', languages: ['en', 'fr'], files: [{ url: '/a.pdf', lang: 'en', format: 'PDF' }] },
			{ kind: 'manual', languages: ['en', 'fr'], files: [{ url: '/a.pdf', lang: 'en', format: 'PDF' }] },
		],
	] as const)('%s', (type, data, facts) => {
		expect(factsOf(type, data)).toMatchObject(facts);
	});
});

describe('schema.org types', () => {
	const vocabularies = loadVocabularies(join(import.meta.dirname, '../../../content'));
	test.each([
		['news', {}, 'NewsArticle'],
		['events', {}, 'Event'],
		['publications', { kind: 'report' }, 'Report'],
		['publications', { kind: 'issue-paper' }, 'Report'],
		['publications', { kind: 'manual' }, 'Book'],
		['publications', { kind: 'model-law' }, 'Book'],
		['publications', { kind: 'video' }, 'CreativeWork'],
		['publications', {}, 'CreativeWork'],
	] as const)('%s %o → %s', (type, facts, schemaType) => {
		expect(entryType(type).schemaType({ languages: [], files: [], ...facts }, vocabularies)).toBe(schemaType);
	});
});
