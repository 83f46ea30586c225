import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { listEntryFiles } from '../../../src/entry-files/files.ts';
import { formatProblem, type ContentProblem } from '../../../src/entry-files/problems.ts';
import { loadVocabularies } from '../../../src/entry-files/vocabularies.ts';
import type { EntryType } from '../../../src/entry-types/index.ts';
import { validateEntry } from '../../../src/entry-files/validate.ts';
import { createEntrySchemas } from '../../../src/entry-types/index.ts';

const FIXTURE = fileURLToPath(new URL('../../fixtures/content', import.meta.url));
const BAD = fileURLToPath(new URL('../../fixtures/bad-entries', import.meta.url));
const schemas = createEntrySchemas(loadVocabularies(FIXTURE));
const KNOWN = new Set(['good-news', 'good-event', 'good-publication', 'nested-news']);

/** Problems as `file:line: field: message` lines. */
function problemLines(type: EntryType, source: string, knownSlugs?: ReadonlySet<string>): string[] {
	const result = validateEntry(schemas, type, source, 'x.md', knownSlugs);
	expect(result.ok, 'expected the entry to be rejected').toBe(false);
	return (result as { problems: ContentProblem[] }).problems.map(formatProblem);
}

const fm = (...lines: string[]) => `---\n${lines.join('\n')}\n---\n\nBody text.\n`;

describe('validateEntry accepts valid entries', () => {
	test.each(listEntryFiles(FIXTURE).map((file) => [file.slug, file] as const))('fixture %s', (_, file) => {
		const result = validateEntry(schemas, file.type, readFileSync(file.path, 'utf8'), file.path, KNOWN);
		expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
	});

	test('returns the parsed data with defaults, and the body', () => {
		const result = validateEntry(schemas, 'news', fm('title: Hello', 'date: 2012-03-07', 'topics: [legislation]'), 'x.md');
		expect(result).toEqual({
			ok: true,
			data: {
				title: 'Hello',
				date: '2012-03-07',
				lang: 'en',
				topics: ['legislation'],
				regions: [],
				links: [],
				related: [],
				draft: false,
				excerpt: '',
				bodyFile: '',
			},
			body: expect.stringContaining('Body text.'),
		});
	});

	test('dates stay strings: YAML never turns them into instants', () => {
		const result = validateEntry(schemas, 'events', fm('title: x', 'date: 2012-03-07', 'startDate: 2012-03-08', 'endDate: 2012-03-09'), 'x.md');
		expect(result.ok && [result.data['date'], result.data['startDate'], result.data['endDate']]).toEqual(['2012-03-07', '2012-03-08', '2012-03-09']);
	});

	test('related slugs are not checked without knownSlugs', () => {
		expect(validateEntry(schemas, 'news', fm('title: x', 'date: 2012-03-07', 'related: [no-such-entry]'), 'x.md').ok).toBe(true);
	});

	test.each([
		['known related slug', ['related: [good-news]']],
		['several known related slugs', ['related:', '  - good-news', '  - good-event']],
	])('%s', (_, lines) => {
		expect(validateEntry(schemas, 'news', fm('title: x', 'date: 2012-03-07', ...lines), 'x.md', KNOWN).ok).toBe(true);
	});
});

describe('validateEntry reports file:line: field: message', () => {
	test.each<[string, EntryType, string, string[]]>([
		[
			'impossible date',
			'news',
			fm('title: x', 'date: 2024-02-30'),
			['x.md:3: date: "2024-02-30" is not a real calendar date: write the posting date as YYYY-MM-DD, for example 2012-03-07'],
		],
		['empty date', 'news', fm('title: x', 'summary: s', 'date:'), ['x.md:4: date: required: add the posting date as YYYY-MM-DD, for example 2012-03-07']],
		[
			'missing date (line of the front matter start)',
			'news',
			fm('title: x'),
			['x.md:1: date: required: add the posting date as YYYY-MM-DD, for example 2012-03-07'],
		],
		[
			'date with a time',
			'news',
			fm('title: x', 'date: 2012-03-07T10:00'),
			['x.md:3: date: "2012-03-07T10:00" is not a real calendar date: write the posting date as YYYY-MM-DD, for example 2012-03-07'],
		],
		['number title', 'news', fm('date: 2012-03-07', 'title: 1984'), ['x.md:3: title: must be text, got 1984: put the title in quotes']],
		[
			'quoted number title is fine, typo is not',
			'news',
			fm('title: "1984"', 'date: 2012-03-07', 'datline: Vienna'),
			['x.md:4: datline: unknown field: remove it or check its spelling'],
		],
		[
			'two unknown fields, each on its own line',
			'news',
			fm('title: x', 'date: 2012-03-07', 'sumary: s', 'tags: [a]'),
			['x.md:4: sumary: unknown field: remove it or check its spelling', 'x.md:5: tags: unknown field: remove it or check its spelling'],
		],
		[
			'unknown field in a link',
			'news',
			fm('title: x', 'date: 2012-03-07', 'links:', '  - label: a', '    url: /a/', '    titel: b'),
			['x.md:7: links.0.titel: unknown field: remove it or check its spelling'],
		],
		[
			'unknown field in the image',
			'news',
			fm('title: x', 'date: 2012-03-07', 'image:', '  src: /a.jpg', '  alt: A', '  cedit: x'),
			['x.md:7: image.cedit: unknown field: remove it or check its spelling'],
		],
		[
			'unsafe URL in the second link',
			'news',
			fm('title: x', 'date: 2012-03-07', 'links:', '  - label: a', '    url: /a/', '  - label: b', '    url: JAVASCRIPT:alert(1)'),
			['x.md:8: links.1.url: "JAVASCRIPT:alert(1)" is not allowed: use an http:// or https:// URL, or a site path starting with /'],
		],
		[
			'image without alt (line of the image)',
			'news',
			fm('title: x', 'date: 2012-03-07', 'image:', '  src: /a.jpg'),
			['x.md:4: image.alt: required when src is set: describe the image for readers who cannot see it'],
		],
		[
			'unknown topic in a block list',
			'news',
			fm('title: x', 'date: 2012-03-07', 'topics:', '  - legislation', '  - piracy'),
			['x.md:6: topics.1: unknown topic "piracy": use one of migrant-smuggling, smuggling-by-sea, legislation (or add it to content/taxonomies/topics.yaml)'],
		],
		[
			'unknown topic in a flow list: the line of the list, not of a later field',
			'news',
			fm('title: x', 'date: 2012-03-07', 'topics: [legislation, piracy]', 'regions:', '  - global', '  - africa'),
			['x.md:4: topics.1: unknown topic "piracy": use one of migrant-smuggling, smuggling-by-sea, legislation (or add it to content/taxonomies/topics.yaml)'],
		],
		[
			'unknown region in a list written without indentation',
			'events',
			fm('title: x', 'date: 2012-03-07', 'regions:', '- global', '- atlantis', 'location: Vienna'),
			['x.md:6: regions.1: unknown region "atlantis": use one of global, africa (or add it to content/taxonomies/regions.yaml)'],
		],
		[
			'endDate before startDate',
			'events',
			fm('title: x', 'date: 2012-01-01', 'startDate: 2012-03-05', 'endDate: 2012-03-03'),
			['x.md:5: endDate: 2012-03-03 is before startDate 2012-03-05'],
		],
		[
			'bad language code',
			'news',
			fm('title: x', 'lang: english', 'date: 2012-03-07'),
			['x.md:3: lang: "english" is not an ISO 639-1 language code (use two lowercase letters such as en, fr, es, ar, ru, zh)'],
		],
		[
			'publication without kind and languages',
			'publications',
			fm('title: x', 'date: 2012-03-07'),
			[
				expect.stringMatching(/^x\.md:1: kind: required: one of issue-paper, /) as unknown as string,
				'x.md:1: languages: required: list the languages it is available in, such as [en, fr]',
			],
		],
		[
			'computed excerpt written by hand',
			'news',
			fm('title: x', 'date: 2012-03-07', 'excerpt: mine'),
			['x.md:4: excerpt: is computed by the site and cannot be set; write a "summary" instead'],
		],
		[
			'computed body file written by hand',
			'news',
			fm('title: x', 'date: 2012-03-07', 'bodyFile: /etc/passwd'),
			['x.md:4: bodyFile: is computed by the site and cannot be set; remove it'],
		],
		['missing front matter', 'news', 'Just a body.\n', ['x.md:1: missing front matter: the file must start with a "---" line, then YAML fields, then "---"']],
	])('%s', (_, type, source, expected) => {
		expect(problemLines(type, source)).toEqual(expected);
	});

	test.each<[string, string, string[]]>([
		[
			'unknown related slug (flow list)',
			fm('title: x', 'date: 2012-03-07', 'related: [good-news, no-such-entry]'),
			['x.md:4: related.1: no entry has the slug "no-such-entry": use the file name (without .md) of an existing entry'],
		],
		[
			'unknown related slugs (block list)',
			fm('title: x', 'date: 2012-03-07', 'related:', '  - missing-one', '  - good-event', '  - missing-two'),
			[
				'x.md:5: related.0: no entry has the slug "missing-one": use the file name (without .md) of an existing entry',
				'x.md:7: related.2: no entry has the slug "missing-two": use the file name (without .md) of an existing entry',
			],
		],
	])('%s (with knownSlugs)', (_, source, expected) => {
		expect(problemLines('news', source, KNOWN)).toEqual(expected);
	});

	test('related slugs are checked only once the entry is otherwise valid', () => {
		expect(problemLines('news', fm('title: x', 'date: 2024-02-30', 'related: [no-such-entry]'), KNOWN)).toEqual([expect.stringMatching(/^x\.md:3: date: /)]);
	});

	test('CRLF line endings give the same lines', () => {
		const source = fm('title: x', 'date: 2012-03-07', 'datline: Vienna', 'lang: english').replace(/\n/g, '\r\n');
		expect(problemLines('news', source)).toEqual([
			'x.md:5: lang: "english" is not an ISO 639-1 language code (use two lowercase letters such as en, fr, es, ar, ru, zh)',
			'x.md:4: datline: unknown field: remove it or check its spelling',
		]);
	});
});

describe('bad fixture entries', () => {
	test.each<[string, EntryType, string[]]>([
		['news-bad-date', 'news', ['3: date: "2024-02-30" is not a real calendar date']],
		['news-empty-date', 'news', ['3: date: required: add the posting date']],
		['news-typo-field', 'news', ['4: datline: unknown field']],
		['news-unsafe-link', 'news', ['8: links.1.url: "javascript:alert(1)" is not allowed']],
		['events-end-before-start', 'events', ['5: endDate: 2012-03-03 is before startDate 2012-03-05']],
		['publications-missing-kind', 'publications', ['1: kind: required: one of', '1: languages: required: list the languages']],
		[
			'news-many-problems',
			'news',
			[
				'12: excerpt: is computed by the site',
				'3: date: "2012-03-07T10:00" is not a real calendar date',
				'4: lang: "english" is not an ISO 639-1 language code',
				'5: topics.1: unknown topic "piracy"',
				'8: regions.1: unknown region "atlantis"',
				'9: image.alt: required when src is set',
			],
		],
	])('%s', (name, type, expected) => {
		const path = `${BAD}/${name}.md`;
		const result = validateEntry(schemas, type, readFileSync(path, 'utf8'), path, KNOWN);
		expect(result.ok).toBe(false);
		const lines = (result as { problems: ContentProblem[] }).problems.map(formatProblem);
		expect(lines).toHaveLength(expected.length);
		lines.forEach((line, i) => expect(line.startsWith(`${path}:${expected[i]}`), `${line}\n  should start with ${path}:${expected[i]}`).toBe(true));
	});
});
