/**
 * The generated configuration of the browser editor (src/lib/admin/config.ts)
 * for the launch content: valid against the JSON schema Sveltia CMS ships,
 * one collection per entry type, fields as the schemas say, one locale per
 * interface language with translations as the content check reads them.
 */
import { readFileSync } from 'node:fs';
import type { Field } from '@sveltia/cms';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { editorConfig } from '../../../src/lib/admin/config.ts';
import { MAX_UPLOAD_BYTES } from '../../../src/lib/admin/media.ts';
import { UN_LANGUAGES } from '../../../src/lib/admin/languages.ts';
import { isWrittenInTranslation } from '../../../src/entry-files/translations.ts';
import { LANGUAGES } from '../../../src/translations/index.ts';
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
	for (const candidate of [config, editorConfig(launchInput(['en']))]) {
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

test('topics, regions and publication kinds are selects with their English labels; languages the UN six first', () => {
	expect(field('news', 'topics')).toMatchObject({ widget: 'select', multiple: true, required: false });
	// The vocabularies give a label per language ({ en: …, fr: … }); a select shows one, the default language's.
	expect(field('news', 'topics')['options']).toEqual(vocabularies.topics.map((term) => ({ label: term.label['en'], value: term.slug })));
	expect(field('events', 'regions')['options']).toEqual(vocabularies.regions.map((term) => ({ label: term.label['en'], value: term.slug })));
	expect(field('news', 'topics')['options']).toContainEqual({ label: 'Migrant smuggling', value: 'migrant-smuggling' });
	const kinds = field('publications', 'kind')['options'] as { label: string; value: string }[];
	expect(field('publications', 'kind')).toMatchObject({ widget: 'select', required: true });
	expect(kinds.map((option) => option.value)).toEqual(vocabularies.kinds.map((term) => term.slug));
	expect(kinds[0]).toEqual({ label: 'Issue paper', value: 'issue-paper' });
	for (const option of [...kinds, ...(field('news', 'topics')['options'] as { label: unknown }[])]) expect(typeof option.label).toBe('string');
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
	expect(collection('news')).toMatchObject({
		slug: { template: '{{title}}', editable: ['create'] },
		preview_path: 'smuggling-of-migrants/{{locale}}/news/{{slug}}/',
	});
	expect(config.publish_mode).toBe('editorial_workflow');
	expect(config.site_url).toBe('https://www.example.org/smuggling-of-migrants/');
	expect(config.logo).toEqual({ src: '/smuggling-of-migrants/favicon.svg' });
});

describe('translations', () => {
	test('none when the site has one interface language', () => {
		const single = editorConfig(launchInput(['en']));
		expect(single.i18n).toBeUndefined();
		expect(JSON.stringify(single)).not.toContain('"i18n"');
		expect(single.collections?.[0]).toMatchObject({ preview_path: 'smuggling-of-migrants/news/{{slug}}/' });
	});
	test('one locale per interface language, English the default: <slug>.md, and <slug>.<lang>.md beside it', () => {
		expect(config.i18n).toEqual({
			structure: 'multiple_files',
			locales: LANGUAGES.map((language) => language.code),
			default_locale: 'en',
			omit_default_locale_from_file_path: true,
			omit_default_locale_from_preview_path: true,
			initial_locales: 'default',
		});
		expect(config.i18n?.locales).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
		for (const { name } of collections) expect(collection(name).i18n, name).toBe(true);
	});
	test('the default language refused when it is not one of the locales', () => {
		expect(() => editorConfig({ ...launchInput(), defaultLocale: 'de' })).toThrow('The default language de is not among ar, zh, en, fr, ru, es');
	});
	/** Every field of every collection with its path and i18n. */
	const fieldsOf = (fields: AnyField[], prefix = ''): [string, AnyField][] =>
		fields.flatMap((candidate): [string, AnyField][] => {
			const path = prefix ? `${prefix}.${candidate.name}` : candidate.name;
			return [[path, candidate], ...fieldsOf((candidate['fields'] as AnyField[] | undefined) ?? [], path)];
		});
	const everyField = collections.flatMap(({ name, fields }) =>
		fieldsOf(fields as AnyField[])
			.filter(([path]) => path !== 'body')
			.map(([path, candidate]) => [name, path, candidate['i18n']] as const),
	);
	test.each(everyField)('%s %s: as the content check reads a translation (i18n %s)', (type, path, i18n) => {
		const written = isWrittenInTranslation(type as 'news', path);
		const parent = path.includes('.') ? isWrittenInTranslation(type as 'news', path.split('.')[0]!) : undefined;
		if (parent === false) expect(i18n).toBeUndefined();
		else if (written) expect(i18n).toBe(true);
		else expect(i18n).toBe(parent ? 'duplicate' : false);
	});
	test.each([
		['news', 'title', true],
		['news', 'summary', true],
		['news', 'body', true],
		['news', 'dateline', true],
		['events', 'location', true],
		['news', 'draft', true],
		['news', 'date', false],
		['news', 'lang', false],
		['news', 'topics', false],
		['news', 'related', false],
		['events', 'startDate', false],
		['publications', 'kind', false],
		['publications', 'languages', false],
		['publications', 'files', true],
		['publications', 'files.label', true],
		['publications', 'files.url', 'duplicate'],
		['publications', 'files.lang', 'duplicate'],
		['news', 'links', true],
		['news', 'links.label', true],
		['news', 'links.url', 'duplicate'],
		['news', 'image', true],
		['news', 'image.alt', true],
		['news', 'image.caption', true],
		['news', 'image.src', 'duplicate'],
		['news', 'image.credit', 'duplicate'],
	] as const)('%s %s: i18n %s', (type, path, i18n) => {
		expect(field(type, path)['i18n']).toBe(i18n);
	});
});
