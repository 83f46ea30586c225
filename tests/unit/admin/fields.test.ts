/**
 * The field table (src/lib/admin/fields.ts) and the schemas agree: every
 * field of every entry schema has an entry, every entry names a field, and
 * each kind can edit its field's type. Walked from the Zod schemas through
 * z.toJSONSchema, so a field added to a schema without a mapping fails here
 * (and fails the build, which generates the configuration).
 */
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { editorTypes } from '../../../src/data/admin.ts';
import { editorConfig, mappingProblems, schemaFields, type JsonSchema } from '../../../src/lib/admin/config.ts';
import { FIELDS, type FieldSpec } from '../../../src/lib/admin/fields.ts';
import { newsSchema } from '../../../src/schemas/news.ts';
import { launchInput, schemas, vocabularies } from './site-input.ts';

const types = editorTypes(schemas);
const asJson = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

test('every field of every entry schema has a mapping, and every mapping names a field', () => {
	expect(mappingProblems(types)).toEqual([]);
});

test('the walk reaches the fields of list items and objects', () => {
	const paths = new Set(types.flatMap((type) => schemaFields(type.schema).map(([path]) => path)));
	for (const path of ['title', 'links', 'links.url', 'links.size', 'image.alt', 'files.lang', 'startDate', 'kind', 'dateline']) expect(paths).toContain(path);
	expect(new Set(Object.keys(FIELDS))).toEqual(paths);
});

describe('a disagreement is reported, and the configuration refuses to build', () => {
	const news = (schema: z.ZodType) => [{ name: 'news', schema: asJson(schema) }];
	test('a schema field with no mapping', () => {
		const extended = newsSchema(vocabularies).extend({ subtitle: z.string().optional() });
		expect(mappingProblems(news(extended))).toContain('news: the schema\'s field "subtitle" has no entry in src/lib/admin/fields.ts');
		const input = launchInput();
		expect(() => editorConfig({ ...input, types: [{ ...input.types[0]!, schema: asJson(extended) }] })).toThrow(/subtitle/);
	});
	test('a nested field with no mapping', () => {
		const schema = z.strictObject({ links: z.array(z.strictObject({ label: z.string(), url: z.string(), note: z.string() })) });
		expect(
			mappingProblems([{ name: 'x', schema: asJson(schema) }], {
				links: FIELDS['links']!,
				'links.label': FIELDS['links.label']!,
				'links.url': FIELDS['links.url']!,
			}),
		).toEqual(['x: the schema\'s field "links.note" has no entry in src/lib/admin/fields.ts']);
	});
	test('a mapping for a field no schema has', () => {
		const table: Record<string, FieldSpec> = { ...FIELDS, subtitle: { kind: 'line', label: 'Subtitle' } };
		expect(mappingProblems(types, table)).toEqual(['src/lib/admin/fields.ts: "subtitle" names no field of any entry schema']);
	});
	test('a kind that cannot edit the field, a pattern without its message', () => {
		const { patternMessage: _, ...sizeWithoutMessage } = FIELDS['links.size']!;
		const table: Record<string, FieldSpec> = { ...FIELDS, title: { ...FIELDS['title']!, kind: 'switch' }, 'links.size': sizeWithoutMessage };
		expect(mappingProblems(types.slice(0, 1), table).filter((problem) => problem.startsWith('news'))).toEqual([
			'news: "title" is a string in the schema, which "switch" cannot edit',
			'news: "links.size" has a pattern in the schema but no patternMessage',
		]);
	});
});
