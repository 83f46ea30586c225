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
			warnings: [],
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
		['number title', 'news', fm('date: 2012-03-07', 'title: 1984'), ['x.md:3: title: must be text, got the number 1984: put the title in quotes']],
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
		...(
			[
				[
					'bad ISBN check digit',
					'    isbn: 978-92-1-130350-7',
					'x.md:8: editions.0.isbn: "978-92-1-130350-7" is not a valid ISBN: its check digit (the last one) does not match the others, so a digit is probably mistyped; copy it again from the publication\'s imprint page',
				],
				[
					'a web address as DOI',
					'    doi: https://www.unodc.org/documents/x.pdf',
					'x.md:8: editions.0.doi: "https://www.unodc.org/documents/x.pdf" is a web address, not a DOI: write the DOI (it starts with 10.), such as 10.18356/9789210451819 or https://doi.org/10.18356/9789210451819',
				],
				[
					'sales number of another edition',
					'    salesNumber: F.18.IV.9',
					'x.md:8: editions.0.salesNumber: "F.18.IV.9" is the sales number of the fr edition: the en edition\'s sales number starts with E; copy the one printed in this edition, or leave it out',
				],
			] as const
		).map(([name, line, message]): [string, EntryType, string, string[]] => [
			name,
			'publications',
			fm('title: x', 'date: 2012-03-07', 'kind: manual', 'languages: [en]', 'editions:', '  - lang: en', line),
			[message],
		]),
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

/** Nine levels of nine aliases (the "billion laughs" of YAML): 2 KB that stand for 9^9 strings. */
const aliasBomb = (field: string) =>
	[
		'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
		...'bcdefghi'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[index]}`).join(',')}]`),
		`${field}: *i`,
	].join('\n');

describe('hostile and malformed front matter (issue #15)', () => {
	test.each<[string, EntryType, string, string[]]>([
		// 15.2: characters that break XML feeds and calendars
		[
			'a vertical tab from a word processor, as a YAML escape',
			'news',
			fm('title: "Line\\vbreak from Word"', 'date: 2012-03-07'),
			[
				'x.md:2: title: contains a vertical tab (U+000B), which word processors paste for a line break; feeds and calendars cannot carry it: replace it with a space or a new line',
			],
		],
		[
			'a raw form feed in the summary',
			'news',
			fm('title: x', 'date: 2012-03-07', 'summary: "a\fb"'),
			[
				'x.md:4: contains a form feed (U+000C), which word processors paste for a page break at column 12; feeds and calendars cannot carry it: replace it with a space or a new line',
			],
		],
		[
			'U+FFFF in a link label',
			'news',
			fm('title: x', 'date: 2012-03-07', 'links:', '  - label: "a\\uFFFFb"', '    url: /a/'),
			[expect.stringMatching(/^x\.md:5: links\.0\.label: contains the non-character U\+FFFF;/) as unknown as string],
		],
		[
			'a null character in the body',
			'news',
			`${fm('title: x', 'date: 2012-03-07')}Second\u0000line.\n`,
			[expect.stringMatching(/^x\.md:7: body: contains a null character \(U\+0000\) at column 7;/) as unknown as string],
		],
		[
			'an escape character in a location',
			'events',
			fm('title: x', 'date: 2012-03-07', 'location: "Vienna\\e[31m"'),
			[expect.stringMatching(/^x\.md:4: location: contains an escape character \(U\+001B\);/) as unknown as string],
		],
		// 15.6: alias bombs, whatever field they land in, are refused before any message quotes them
		...['title', 'date', 'startDate', 'endDate', 'kind'].map((field): [string, EntryType, string, string[]] => [
			`an alias bomb as ${field}`,
			field === 'kind' ? 'publications' : 'events',
			fm(aliasBomb(field)),
			['x.md:5: d: its aliases (*name) expand to more than 10,000 characters: write the value out instead of repeating aliases'],
		]),
		// 15.8: messages that say what to write
		['whitespace-only title', 'news', fm('title: "   "', 'date: 2012-03-07'), ['x.md:2: title: is empty (only spaces): write a title, or remove the line']],
		[
			'whitespace-only dateline',
			'news',
			fm('title: x', 'date: 2012-03-07', 'dateline: " "'),
			['x.md:4: dateline: is empty (only spaces): write the place, such as Bangkok (Thailand), or remove the line'],
		],
		[
			'a number where text is expected',
			'events',
			fm('title: x', 'date: 2012-03-07', 'location: 1989'),
			['x.md:4: location: must be text, got the number 1989: write where it takes place, such as Vienna (Austria) in quotes'],
		],
		[
			'draft: "false"',
			'news',
			fm('title: x', 'date: 2012-03-07', 'draft: "false"'),
			['x.md:4: draft: must be true or false, without quotes (draft: false), got the text "false"'],
		],
		[
			'a single link written as a string',
			'news',
			fm('title: x', 'date: 2012-03-07', 'links: https://www.unodc.org/'),
			[
				'x.md:4: links: must be a list, got the text "https://www.unodc.org/": write it as a list, for example [{ label: Read more, url: "https://…" }], one "- label: … url: …" item per link',
			],
		],
		[
			'YAML: an unclosed bracket, at its own line',
			'news',
			fm('title: x', 'date: 2012-03-07', 'summary: [unclosed', 'lang: en'),
			['x.md:4: invalid YAML: missed comma between flow collection entries'],
		],
		[
			'YAML: an unclosed quote, at its own line',
			'news',
			fm('title: "unclosed', 'date: 2012-03-07', 'lang: en'),
			[expect.stringMatching(/^x\.md:2: invalid YAML: /) as unknown as string],
		],
		[
			'YAML: a bad indentation, at its own line',
			'news',
			fm('title: x', 'date: 2012-03-07', '  lang: en'),
			[expect.stringMatching(/^x\.md:4: invalid YAML: bad indentation/) as unknown as string],
		],
		[
			'a bad startDate is reported once, not echoed into endDate',
			'events',
			fm('title: x', 'date: 2012-03-07', 'startDate: "2012-03-30\\nat 10:00"', 'endDate: 2012-03-09'),
			['x.md:4: startDate: "2012-03-30\\nat 10:00" is not a real calendar date: write the first day of the event as YYYY-MM-DD, for example 2012-03-07'],
		],
		// 15.9: URLs that browsers read differently from how they are written
		[
			'a link with backslashes',
			'news',
			fm('title: x', 'date: 2012-03-07', 'links:', '  - label: a', "    url: 'https:\\\\evil.example'"),
			[expect.stringMatching(/^x\.md:6: links\.0\.url: "https:\\\\\\\\evil\.example" contains a backslash/) as unknown as string],
		],
		[
			'a link with one slash',
			'news',
			fm('title: x', 'date: 2012-03-07', 'links:', '  - label: a', '    url: https:/evil.example'),
			['x.md:6: links.0.url: "https:/evil.example" must start with https:// and the host name (browsers would read it as https://evil.example/)'],
		],
		[
			'an http:// image',
			'news',
			fm('title: x', 'date: 2012-03-07', 'image: { src: "http://www.unodc.org/a.jpg", alt: A boat }'),
			[expect.stringMatching(/^x\.md:4: image\.src: "http:\/\/www\.unodc\.org\/a\.jpg" is an http:\/\/ image/) as unknown as string],
		],
	])('%s', (_, type, source, expected) => {
		expect(problemLines(type, source)).toEqual(expected);
	});

	test('a message quotes at most a few dozen characters of what was written', () => {
		const [line] = problemLines('news', fm('title: x', `date: "${'9'.repeat(5000)}"`));
		expect(line).toBe(
			`x.md:3: date: "${'9'.repeat(40)}…" (5,000 characters) is not a real calendar date: write the posting date as YYYY-MM-DD, for example 2012-03-07`,
		);
	});
});

describe('bodies: nesting, links and images (issues #15.4, #15.7, #15.9)', () => {
	const N = 10_000;
	test.each([
		['lists', Array.from({ length: N }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')],
		['lists on one line', `${'- '.repeat(N)}x`],
		['blockquotes', `${'>'.repeat(N)} x`],
		['HTML', `${'<div>'.repeat(N)}x${'</div>'.repeat(N)}`],
		['emphasis', `${'*a '.repeat(N)}x${' a*'.repeat(N)}`],
		['strong emphasis', `${'**'.repeat(N)}x${'**'.repeat(N)}`],
	])(
		'%s nested 10,000 levels deep are refused with the line of the block',
		(_, body) => {
			const [line] = problemLines('news', `${fm('title: x', 'date: 2012-03-07')}Intro.\n\n${body}\n`);
			expect(line).toMatch(
				/^x\.md:9: body: is nested [\d,]+ levels deep \(lists, quotes, HTML elements or emphasis inside one another\), more than the 100 the site renders: flatten it$/,
			);
		},
		60_000,
	);

	test('up to the limit, a nested body is accepted', () => {
		const body = `${'<div>'.repeat(99)}x${'</div>'.repeat(99)}`;
		expect(validateEntry(schemas, 'news', `${fm('title: x', 'date: 2012-03-07')}${body}\n`, 'x.md').ok).toBe(true);
	});

	test('links and images the page drops are warnings with their line', () => {
		const body = [
			'[ok](https://www.unodc.org/) [mail](mailto:a@example.org) [notes](#notes)',
			'',
			'[a](https:\\\\evil.example) ![b](//cdn.example/x.png)',
			'',
			'<a href="javascript:alert(1)">x</a> <img src="http://www.unodc.org/a.jpg">',
			'',
			'[c][ref]',
			'',
			'[ref]: https:/evil.example',
		].join('\n');
		const result = validateEntry(schemas, 'news', `${fm('title: x', 'date: 2012-03-07')}${body}\n`, 'x.md');
		expect(result.ok).toBe(true);
		expect(result.warnings.map(formatProblem)).toEqual([
			'x.md:9: body: link "https:\\\\evil.example" is removed from the page: it contains a backslash (\\): browsers read it as a slash, so the link would go somewhere else; write forward slashes',
			'x.md:9: body: image "//cdn.example/x.png" is removed from the page: it starts with // (no https:): write the full address, https://…',
			'x.md:11: body: <a href> "javascript:alert(1)" is removed from the page: it is not allowed: use an http:// or https:// URL, or a site path starting with / (or mailto: and tel:)',
			'x.md:11: body: <img src> "http://www.unodc.org/a.jpg" is removed from the page: it is an http:// image, which the site\'s security policy blocks (readers would see a broken image): use its https:// address',
			'x.md:15: body: link "https:/evil.example" is removed from the page: it must start with https:// and the host name (browsers would read it as https://evil.example/)',
		]);
	});

	test('a URL in an HTML block is warned about at its own line, encoded or not', () => {
		const body = [
			'<div class="box">',
			'<p>Read',
			'<a href="&#106;avascript:alert(1)">this</a>',
			'and',
			'<a',
			'  href="data:text/html,x">that</a></p>',
			'</div>',
			'',
			'Autolink <javascript:alert(1)>',
		].join('\n');
		const result = validateEntry(schemas, 'news', `${fm('title: x', 'date: 2012-03-07')}${body}\n`, 'x.md');
		expect(result.warnings.map((warning) => `${warning.line}: ${warning.message.replace(/ is removed.*$/, '')}`)).toEqual([
			'9: <a href> "javascript:alert(1)"',
			'12: <a href> "data:text/html,x"',
			'15: link "javascript:alert(1)"',
		]);
	});

	test('a future date is a warning (the entry is still valid)', () => {
		const result = validateEntry(schemas, 'events', fm('title: x', 'date: 2099-03-07'), 'x.md', { today: '2026-01-01' });
		expect(result.ok).toBe(true);
		expect(result.warnings.map(formatProblem)).toEqual([
			"x.md:3: date: 2099-03-07 is in the future (the build's today is 2026-01-01): the entry is published now, first in every listing and feed; check the posting date (the days it takes place go in startDate and endDate)",
		]);
		expect(validateEntry(schemas, 'news', fm('title: x', 'date: 2026-01-01'), 'x.md', { today: '2026-01-01' }).warnings).toEqual([]);
	});
});
