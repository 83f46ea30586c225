/**
 * What the editor checks agrees with what the schemas check (so what it saves
 * passes `npm run check:content`): every pattern in the generated
 * configuration accepts only values the schema accepts, accepts the usual
 * ones, and says what the schema says. Sveltia tests a pattern on the
 * trimmed value and saves it trimmed.
 */
import type { Field } from '@sveltia/cms';
import { describe, expect, test } from 'vitest';
import { editorConfig } from '../../../src/lib/admin/config.ts';
import { SLUG_RULE } from '../../../src/lib/admin/slugs.ts';
import { isSlug } from '../../../src/lib/routing/slugs.ts';
import type { EntryType } from '../../../src/entry-types/index.ts';
import { launchInput, schemas } from './site-input.ts';

const config = editorConfig(launchInput());
type AnyField = Field & { name: string; widget?: string; pattern?: [string, string]; fields?: AnyField[] };

/** Every pattern of the configuration: `[type, path, regex, message]`. */
const patterns: [EntryType, string, string, string][] = [];
for (const collection of config.collections as { name: EntryType; fields: AnyField[] }[]) {
	const walk = (fields: AnyField[], prefix: string) => {
		for (const field of fields) {
			const path = prefix ? `${prefix}.${field.name}` : field.name;
			if (field.pattern) patterns.push([collection.name, path, field.pattern[0], field.pattern[1]]);
			if (field.fields) walk(field.fields, path);
		}
	};
	walk(collection.fields, '');
}

/** A field of the configuration by path. */
function collectionField(type: EntryType, path: string): AnyField | undefined {
	let fields = (config.collections as { name: EntryType; fields: AnyField[] }[]).find((collection) => collection.name === type)?.fields ?? [];
	let found: AnyField | undefined;
	for (const name of path.split('.')) {
		found = fields.find((field) => field.name === name);
		fields = found?.fields ?? [];
	}
	return found;
}

/** Issues of the type's schema for `value` put at `path` of an otherwise valid entry. */
function issuesFor(type: EntryType, path: string, value: string): { message: string }[] {
	const entry: Record<string, unknown> = { title: 'T', date: '2012-03-07', ...(type === 'publications' ? { kind: 'report', languages: ['en'] } : {}) };
	const [head, leaf] = path.split('.') as [string, string | undefined];
	if (!leaf) entry[head] = value;
	else if (head === 'links') entry['links'] = [{ label: 'L', url: '/x', [leaf]: value }];
	else if (head === 'files') entry['files'] = [{ url: '/x.pdf', lang: 'en', format: 'PDF', [leaf]: value }];
	else if (head === 'image') entry['image'] = { alt: 'A', caption: 'C', [leaf]: value };
	if (head === 'endDate') entry['startDate'] = '1900-01-01';
	const result = schemas[type].safeParse(entry);
	return result.success ? [] : result.error.issues.filter((issue) => issue.path.join('.').replace(/\.\d+\./, '.') === path);
}
const schemaAccepts = (type: EntryType, path: string, value: string) => issuesFor(type, path, value).length === 0;
const matches = (regex: string, value: string) => new RegExp(regex).test(value.trim());

test('every pattern survives Sveltia’s reading of it (a leading slash or trailing flags would be taken off)', () => {
	// src/lib/services/utils/regex.js of @sveltia/cms 0.221.1
	const FULL_REGEX_PATTERN = /^\/?(?<pattern>.+?)(?:\/(?<flags>[dgimsuy]*))?$/;
	expect(patterns.length).toBeGreaterThan(10);
	for (const [, path, regex] of patterns) expect(FULL_REGEX_PATTERN.exec(regex)?.groups, path).toEqual({ pattern: regex, flags: undefined });
	expect(FULL_REGEX_PATTERN.exec(SLUG_RULE.pattern)?.groups?.['pattern']).toBe(SLUG_RULE.pattern);
});

describe('URLs (links, files, the photo)', () => {
	const urlPatterns = patterns.filter(([, path]) => /(^|\.)(url|src)$/.test(path));
	const accepted = [
		'https://www.unodc.org/documents/x.pdf',
		'http://a.b',
		'https://a.b:8080/x?y=1#z',
		'HTTPS://WWW.UNODC.ORG/',
		'/media/report.pdf',
		'/news/',
		'/',
	];
	const refused = [
		'//evil.example',
		'/\\evil',
		'javascript:alert(1)',
		'data:text/html,x',
		'ftp://x.org',
		'https://',
		'media/x.pdf',
		'mailto:a@b.org',
		'https://a b.org',
		'/a b',
		'/a\\b',
		'https://a.b/x\\y',
	];
	/** The name of a picked file not saved yet (image and file fields): Sveltia checks it before it becomes /media/<name>. */
	const upload = /^[a-z0-9][a-z0-9._~-]*\.[a-z0-9]+$/;
	test.each(urlPatterns)('%s %s: accepts the usual forms and never what the schema refuses', (type, path, regex) => {
		// Images load inside the page: only https:// ones (and the site's own) are allowed.
		const image = path === 'image.src';
		for (const value of accepted.filter((value) => !(image && value.startsWith('http:'))))
			expect([value, matches(regex, value), schemaAccepts(type, path, value)]).toEqual([value, true, true]);
		for (const value of [...refused, ...(image ? ['http://a.b'] : [])]) expect([value, matches(regex, value)]).toEqual([value, false]);
		const media = ['file', 'image'].includes(collectionField(type, path)?.widget ?? '');
		expect(media).toBe(true);
		if (media) {
			// Uploads of an allowed type pass under their name; other types do not.
			for (const value of image ? ['photo-1.jpg', 'boat.webp'] : ['issue-paper-fr.pdf', 'data.xlsx', 'photo.png'])
				expect([value, matches(regex, value)]).toEqual([value, true]);
			for (const value of ['notes.txt', 'script.js', 'page.html', 'Report.pdf', '.pdf', image ? 'paper.pdf' : 'vector.svg'])
				expect([value, matches(regex, value)]).toEqual([value, false]);
		}
		// Every combination of these pieces the pattern accepts, the schema accepts too.
		const schemes = ['https://', 'http://', 'HtTp://', '/', '//', '', 'ftp://', 'javascript:', 'https:'];
		const hosts = ['a', 'a.b', 'a-b.c', 'xn--80ak6aa92e.com', '1.2.3.4', '1.2.3.4.5', '999', '[::1]', 'a..b', '-a', 'a:80', 'a:9999', 'a:65536', ''];
		const rests = ['', '/', '/x', '/x y', '/x?y=1#z', '?q', '#f', '/%zz', '\t/x', '/x\u0000', '\\x'];
		for (const scheme of schemes)
			for (const host of hosts)
				for (const rest of rests) {
					const value = `${scheme}${host}${rest}`;
					if (matches(regex, value)) expect([value, schemaAccepts(type, path, value.trim()) || (media && upload.test(value.trim()))]).toEqual([value, true]);
				}
	});
	test.each(urlPatterns)('%s %s: says what the schema says', (type, path, _, message) => {
		const schemaMessage = issuesFor(type, path, 'javascript:x')[0]?.message.toLowerCase() ?? '';
		const said = path === 'image.src' ? 'use an https:// url or a site path starting with /' : 'use an http:// or https:// url, or a site path starting with /';
		expect(schemaMessage).toContain(said);
		expect(message.toLowerCase()).toContain(said);
	});
});

describe('dates', () => {
	const datePatterns = patterns.filter(([, path]) => /date$/i.test(path));
	test('date, startDate and endDate have the pattern', () => {
		expect(datePatterns.map(([type, path]) => `${type}.${path}`)).toEqual(
			expect.arrayContaining(['news.date', 'events.startDate', 'events.endDate', 'publications.date']),
		);
	});
	test.each(datePatterns)('%s %s: what the date widget saves is accepted, other forms refused, with the schema’s words', (type, path, regex, message) => {
		for (const value of ['2012-03-07', '2024-02-29', '1999-12-31', '2026-01-01'])
			expect([value, matches(regex, value), schemaAccepts(type, path, value)]).toEqual([value, true, true]);
		for (const value of ['07/03/2012', '2012-3-7', '2012-03-07T10:00', '7 March 2012', '20120307', ''])
			expect([value, matches(regex, value)]).toEqual([value, false]);
		expect(issuesFor(type, path, '07/03/2012')[0]?.message).toContain(message.replace(/^Write the date as /, ''));
	});
});

test('file sizes: the schema’s own regex and message', () => {
	const sizes = patterns.filter(([, path]) => path.endsWith('.size'));
	expect(sizes.map(([type, path]) => `${type}.${path}`).sort()).toEqual([
		'events.links.size',
		'news.links.size',
		'publications.files.size',
		'publications.links.size',
	]);
	for (const [type, path, regex, message] of sizes) {
		for (const value of ['850 KB', '1.2 MB', '12MB', '3 GB'])
			expect([value, matches(regex, value), schemaAccepts(type, path, value)]).toEqual([value, true, true]);
		for (const value of ['1,2 MB', 'big', '1.2 mb', '1.2 Mo'])
			expect([value, matches(regex, value), schemaAccepts(type, path, value)]).toEqual([value, false, false]);
		// The schema quotes the value first: `"big": write the size like …`.
		expect(issuesFor(type, path, 'big')[0]?.message.toLowerCase()).toBe(`"big": ${message.toLowerCase()}`);
	}
});

test('a slug typed in the Slug panel follows isSlug', () => {
	const regex = new RegExp(SLUG_RULE.pattern);
	for (const value of ['a', 'regional-meeting-in-dakar', '2012', 'x-1-y', 'A', 'a--b', '-a', 'a-', 'a_b', 'café', 'a b', 'a/b', ''])
		expect([value, regex.test(value)]).toEqual([value, isSlug(value)]);
});
