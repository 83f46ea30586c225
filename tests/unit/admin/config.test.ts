/**
 * The generated configuration of the browser editor (src/lib/admin/config.ts)
 * for the launch content: valid against the JSON schema Sveltia CMS ships,
 * one collection per entry type, fields as the schemas say, translations
 * configured once the site has several interface languages.
 */
import { readFileSync } from 'node:fs';
import type { Field } from '@sveltia/cms';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { editorConfig } from '../../../src/lib/admin/config.ts';
import { MAX_UPLOAD_BYTES } from '../../../src/lib/admin/media.ts';
import { UN_LANGUAGES } from '../../../src/lib/admin/languages.ts';
import { PUBLICATION_KINDS } from '../../../src/schemas/publication-kind.ts';
import { launchInput, vocabularies } from './site-input.ts';

const config = editorConfig(launchInput());
const collections = config.collections as { name: string; folder: string; fields: Field[]; i18n?: unknown }[];
const collection = (name: string) => collections.find((candidate) => candidate.name === name)!;
type AnyField = Field & Record<string, unknown>;
const field = (type: string, path: string): AnyField => {
	let fields = collection(type).fields as AnyField[];
	let found: AnyField | undefined;
	for (const name of path.split('.')) {
		found = fields.find((candidate) => candidate.name === name);
		fields = (found?.['fields'] as AnyField[] | undefined) ?? [];
	}
	if (!found) throw new Error(`no field ${path} in ${type}`);
	return found;
};

test('valid against the JSON schema of the Sveltia CMS configuration that the package ships', () => {
	const schema = JSON.parse(readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8')) as object;
	// The schema carries editor hints (markdownDescription) and union types Ajv's strict mode refuses; formats (regex, uri) are checked.
	const ajv = new Ajv({ allErrors: true, strictSchema: false, allowUnionTypes: true });
	(addFormats as unknown as (ajv: Ajv) => void)(ajv);
	const validate = ajv.compile(schema);
	for (const candidate of [config, editorConfig(launchInput(['en', 'fr', 'ar']))]) {
		expect(validate(JSON.parse(JSON.stringify(candidate))), JSON.stringify(validate.errors, null, 1)).toBe(true);
	}
});

test('one collection per entry type, in content/<type>/, named from the descriptors', () => {
	expect(collections.map(({ name, folder }) => [name, folder])).toEqual([
		['news', 'content/news'],
		['events', 'content/events'],
		['publications', 'content/publications'],
	]);
	expect(collection('events')).toMatchObject({
		label: 'Events',
		label_singular: 'Event',
		extension: 'md',
		format: 'yaml-frontmatter',
		identifier_field: 'title',
	});
});

test('fields in the table’s order, the type’s own fields among them, the body last; computed fields left out', () => {
	expect(collection('news').fields.map((candidate) => candidate.name)).toEqual([
		'title',
		'date',
		'dateline',
		'summary',
		'lang',
		'topics',
		'regions',
		'links',
		'image',
		'related',
		'draft',
		'body',
	]);
	expect(
		collection('events')
			.fields.map((candidate) => candidate.name)
			.slice(0, 5),
	).toEqual(['title', 'date', 'startDate', 'endDate', 'location']);
	expect(
		collection('publications')
			.fields.map((candidate) => candidate.name)
			.slice(0, 2),
	).toEqual(['title', 'kind']);
	expect(field('news', 'body')).toMatchObject({ widget: 'markdown', required: false });
});

test('required exactly where the schema requires a value and has no default', () => {
	const required = (type: string) =>
		(collection(type).fields as AnyField[]).filter((candidate) => candidate.required === true).map((candidate) => candidate.name);
	expect(required('news')).toEqual(['title', 'date']);
	expect(required('publications')).toEqual(['title', 'kind', 'date', 'languages']);
	for (const type of ['news', 'events', 'publications'])
		for (const candidate of collection(type).fields as AnyField[]) expect(typeof candidate.required, candidate.name).toBe('boolean');
	expect((field('news', 'links')['fields'] as AnyField[]).map((candidate) => [candidate.name, candidate.required])).toEqual([
		['label', true],
		['url', true],
		['lang', false],
		['format', false],
		['size', false],
	]);
	expect(field('publications', 'languages')).toMatchObject({ required: true, min: 1, multiple: true });
	expect(field('publications', 'files.format')).toMatchObject({ required: true });
});

test('dates are date widgets (saved YYYY-MM-DD as typed)', () => {
	for (const [type, path] of [
		['news', 'date'],
		['events', 'startDate'],
		['events', 'endDate'],
	] as const) {
		expect(field(type, path)).toMatchObject({ widget: 'datetime', type: 'date' });
	}
});

test('topics, regions and publication kinds are selects with their labels; languages the UN six first', () => {
	expect(field('news', 'topics')).toMatchObject({ widget: 'select', multiple: true, required: false });
	expect(field('news', 'topics')['options']).toEqual(vocabularies.topics.map((term) => ({ label: term.label, value: term.slug })));
	expect(field('events', 'regions')['options']).toEqual(vocabularies.regions.map((term) => ({ label: term.label, value: term.slug })));
	const kinds = field('publications', 'kind')['options'] as { label: string; value: string }[];
	expect(kinds.map((option) => option.value)).toEqual([...PUBLICATION_KINDS]);
	expect(kinds[0]).toEqual({ label: 'Issue paper', value: 'issue-paper' });
	const languages = field('publications', 'files.lang')['options'] as { label: string; value: string }[];
	expect(languages.slice(0, 6).map((option) => option.value)).toEqual([...UN_LANGUAGES]);
	expect(languages[0]).toEqual({ label: 'Arabic', value: 'ar' });
	expect(languages.length).toBeGreaterThan(180);
	expect(languages.find((option) => option.value === 'de')?.label).toBe('German');
});

test('links and files are lists of objects; photo an object; downloads and images through the media folder', () => {
	expect(field('news', 'links')).toMatchObject({ widget: 'list', label_singular: 'link', required: false });
	expect(field('publications', 'files')).toMatchObject({ widget: 'list', label_singular: 'file', required: false });
	expect(field('news', 'image')).toMatchObject({ widget: 'object', required: false });
	expect(field('news', 'image.src')).toMatchObject({ widget: 'image', required: false });
	expect(field('publications', 'files.url')).toMatchObject({ widget: 'file', required: true });
	expect(String(field('publications', 'files.url')['accept'])).toContain('.pdf');
	expect(config).toMatchObject({ media_folder: 'public/media', public_folder: '/media' });
	expect(config.media_libraries).toEqual({ default: { config: { max_file_size: MAX_UPLOAD_BYTES, slugify_filename: true } }, stock_assets: false });
});

test('related entries offered from every type, by title', () => {
	const options = field('news', 'related')['options'] as { label: string; value: string }[];
	expect(options).toHaveLength(15);
	expect(options).toContainEqual({ label: 'Publication: Issue Paper: Smuggling of Migrants by Sea', value: 'issue-paper-smuggling-of-migrants-by-sea' });
});

test('output, slugs and publishing as the site needs them', () => {
	expect(config.output).toEqual({ omit_empty_optional_fields: true });
	expect(config.slug).toMatchObject({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true });
	expect(collection('news')).toMatchObject({ slug: { template: '{{title}}', editable: ['create'] }, preview_path: 'news/{{slug}}/' });
	expect(config.publish_mode).toBe('editorial_workflow');
	expect(config.site_url).toBe('https://www.example.org/smuggling-of-migrants/');
	expect(config.logo).toEqual({ src: '/smuggling-of-migrants/favicon.svg' });
});

describe('translations', () => {
	test('none while the site has one interface language', () => {
		expect(config.i18n).toBeUndefined();
		expect(JSON.stringify(config)).not.toContain('"i18n"');
	});
	const translated = editorConfig(launchInput(['en', 'fr', 'ar']));
	const collectionIn = (name: string) =>
		(translated.collections as { name: string; i18n?: unknown; fields: AnyField[] }[]).find((candidate) => candidate.name === name)!;
	const fieldIn = (type: string, path: string) => {
		let fields = collectionIn(type).fields;
		let found: AnyField | undefined;
		for (const name of path.split('.')) {
			found = fields.find((candidate) => candidate.name === name);
			fields = (found?.['fields'] as AnyField[] | undefined) ?? [];
		}
		return found!;
	};
	test('one file per language beside the original, <slug>.<lang>.md, English at <slug>.md', () => {
		expect(translated.i18n).toEqual({
			structure: 'multiple_files',
			locales: ['en', 'fr', 'ar'],
			default_locale: 'en',
			omit_default_locale_from_file_path: true,
			initial_locales: 'default',
		});
		expect(collectionIn('news').i18n).toBe(true);
	});
	test('text is translated, facts stay in the original; in a translated list the facts are copied', () => {
		for (const [type, path, i18n] of [
			['news', 'title', true],
			['news', 'summary', true],
			['news', 'body', true],
			['news', 'dateline', true],
			['events', 'location', true],
			['news', 'date', false],
			['news', 'topics', false],
			['news', 'related', false],
			['events', 'startDate', false],
			['publications', 'kind', false],
			['publications', 'languages', false],
			['publications', 'files', false],
			['news', 'links', true],
			['news', 'links.label', true],
			['news', 'links.url', 'duplicate'],
			['news', 'image', true],
			['news', 'image.alt', true],
			['news', 'image.caption', true],
			['news', 'image.src', 'duplicate'],
			['news', 'image.credit', 'duplicate'],
		] as const) {
			expect(fieldIn(type, path)['i18n'], `${type} ${path}`).toBe(i18n);
		}
		expect(fieldIn('publications', 'files.url')['i18n']).toBeUndefined();
	});
});
