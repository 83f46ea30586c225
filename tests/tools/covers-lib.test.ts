/** The pure parts of npm run covers: in-place front-matter edits, file locations, sizes, the cover's PDF (scripts/lib/covers/). */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { editFrontMatter, fieldLine, FrontMatterEditError, readFrontMatter, type FieldEdit } from '../../scripts/lib/covers/front-matter-edit.ts';
import { chooseCoverPdf, coverSitePath, formatSize, isPdfFile, locateFile, plannedEdits, sitePathFile } from '../../scripts/lib/covers/plan.ts';
import { parseEntryFile } from '../../src/entry-files/front-matter.ts';

const pages = (index: number, value: number): FieldEdit => ({ path: ['files', index, 'pages'], value });
const size = (index: number, value: string): FieldEdit => ({ path: ['files', index, 'size'], value });
const cover: FieldEdit = { path: ['cover'], value: '/covers/x.jpg' };

describe('editFrontMatter', () => {
	test.each([
		{
			name: 'block list items: a key added under the last one, at its indent; comments, quotes and blank lines stay',
			source:
				'---\ntitle: "Issue Paper: by sea"   # keep this comment\nkind: issue-paper\n\nfiles:\n  - url: /files/a.pdf\n    lang: en   # English\n    format: PDF\n# the French one comes later\nregions: [global]\n---\n\nBody with --- inside.\n',
			edits: [pages(0, 48), size(0, '1.2 MB'), cover],
			expected:
				'---\ntitle: "Issue Paper: by sea"   # keep this comment\nkind: issue-paper\n\nfiles:\n  - url: /files/a.pdf\n    lang: en   # English\n    format: PDF\n    pages: 48\n    size: 1.2 MB\n# the French one comes later\nregions: [global]\ncover: /covers/x.jpg\n---\n\nBody with --- inside.\n',
		},
		{
			name: 'flow maps: the key goes before the closing brace',
			source: '---\nfiles:\n  - { url: /files/a.pdf, lang: en, format: PDF }\n  - {url: /files/b.pdf, lang: fr, format: PDF}\n---\n',
			edits: [pages(0, 3), size(0, '850 KB'), pages(1, 4)],
			expected:
				'---\nfiles:\n  - { url: /files/a.pdf, lang: en, format: PDF, pages: 3, size: 850 KB }\n  - {url: /files/b.pdf, lang: fr, format: PDF, pages: 4}\n---\n',
		},
		{
			name: 'a list written without indentation',
			source: '---\nfiles:\n- url: /files/a.pdf\n  lang: en\n---\n',
			edits: [pages(0, 7)],
			expected: '---\nfiles:\n- url: /files/a.pdf\n  lang: en\n  pages: 7\n---\n',
		},
		{
			name: 'existing values replaced in their own style; the comment after them stays',
			source: '---\nfiles:\n  - url: /files/a.pdf\n    size: "1.1 MB" # typed by hand\n    pages: 40\n  - { url: /files/b.pdf, size: \'2 MB\' }\ncover:\n---\n',
			edits: [pages(0, 48), size(0, '1.2 MB'), size(1, '2.1 MB'), cover],
			expected:
				'---\nfiles:\n  - url: /files/a.pdf\n    size: "1.2 MB" # typed by hand\n    pages: 48\n  - { url: /files/b.pdf, size: \'2.1 MB\' }\ncover: /covers/x.jpg\n---\n',
		},
		{
			name: 'CRLF line ends stay CRLF',
			source: '---\r\ntitle: T\r\nfiles:\r\n  - url: /files/a.pdf\r\n    lang: en\r\n---\r\nBody\r\n',
			edits: [pages(0, 2), cover],
			expected: '---\r\ntitle: T\r\nfiles:\r\n  - url: /files/a.pdf\r\n    lang: en\r\n    pages: 2\r\ncover: /covers/x.jpg\r\n---\r\nBody\r\n',
		},
		{
			name: 'a value that YAML would misread is quoted',
			source: '---\ntitle: T\n---\n',
			edits: [
				{ path: ['cover'], value: 'true' },
				{ path: ['note'], value: 'a: b # c' },
			],
			expected: '---\ntitle: T\ncover: "true"\nnote: "a: b # c"\n---\n',
		},
		{
			name: 'an empty front matter',
			source: '---\n---\nBody\n',
			edits: [cover],
			expected: '---\ncover: /covers/x.jpg\n---\nBody\n',
		},
	])('$name', ({ source, edits, expected }) => {
		const edited = editFrontMatter(source, edits);
		expect(edited).toBe(expected);
		// The project's own reader sees the original data with the fields set, and the body untouched.
		const before = parseEntryFile(source);
		const after = parseEntryFile(edited);
		expect(after.body).toBe(before.body);
		expect(editFrontMatter(edited, edits)).toBe(edited);
	});

	test('values already there: the very same string comes back', () => {
		const source = '---\nfiles:\n  - { url: /a.pdf, pages: 3, size: 1 MB }  # same\ncover: /covers/x.jpg\n---\n';
		expect(editFrontMatter(source, [pages(0, 3), size(0, '1 MB'), cover])).toBe(source);
	});

	test.each([
		['invalid YAML, with its line', '---\ntitle: T\nfiles: [\n---\n', [pages(0, 1)], /invalid YAML/, 4],
		[
			'a list where a field was expected',
			'---\nfiles:\n  - url: /a.pdf\n    pages: [1, 2]\n---\n',
			[pages(0, 3)],
			/holds a list or a set of fields, not one value/,
			4,
		],
		['a files item that is not a set of fields', '---\nfiles:\n  - /a.pdf\n---\n', [pages(0, 3)], /is not a set of "field: value" lines/, 3],
		['no front matter', 'title: T\n', [cover], /missing front matter/, 1],
		['an unclosed front matter', '---\ntitle: T\n', [cover], /not closed/, 1],
	])('refuses %s', (_, source, edits, message, line) => {
		try {
			editFrontMatter(source, edits);
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(FrontMatterEditError);
			expect((error as Error).message).toMatch(message);
			expect((error as FrontMatterEditError).line).toBe(line);
		}
	});

	test('an edit of a list item that is not there is a programming error', () => {
		expect(() => editFrontMatter('---\nfiles: []\n---\n', [pages(2, 1)])).toThrow(RangeError);
	});
});

describe('readFrontMatter and fieldLine', () => {
	const source = '---\ntitle: T\nfiles:\n  - url: /files/a.pdf\n    lang: en\n  - { url: /files/b.pdf, lang: fr }\n---\n';
	test('reads the data as the project does (dates stay strings)', () => {
		expect(readFrontMatter('---\ndate: 2012-03-07\n---\n')).toEqual({ date: '2012-03-07' });
		expect(() => readFrontMatter('---\n- a\n---\n')).toThrow(/must be a set of "field: value" lines/);
	});
	test.each([
		[['title'], 2],
		[['files', 0, 'url'], 4],
		[['files', 0, 'lang'], 5],
		[['files', 1, 'url'], 6],
		[['files', 1, 'pages'], 6],
		[['files', 5, 'url'], 3],
		[['cover'], 1],
	])('%j is on line %i', (path, line) => {
		expect(fieldLine(source, path)).toBe(line);
	});
});

describe('locateFile', () => {
	const folders = { publicDir: '/site/public', contentDir: '/site/content' };
	const entry = '/site/content/publications/paper.md';
	test.each([
		['/files/paper.pdf', { kind: 'local', path: '/site/public/files/paper.pdf' }],
		['/files/Issue%20paper.pdf?download=1#page=2', { kind: 'local', path: '/site/public/files/Issue paper.pdf' }],
		['paper.en.pdf', { kind: 'local', path: '/site/content/publications/paper.en.pdf' }],
		['pdfs/paper.pdf', { kind: 'local', path: '/site/content/publications/pdfs/paper.pdf' }],
		['https://www.unodc.org/documents/paper.pdf', { kind: 'remote' }],
		['//cdn.example.org/paper.pdf', { kind: 'remote' }],
	])('%s → %j', (url, expected) => {
		expect(locateFile(url, entry, folders)).toEqual(expected);
	});
	test.each([
		['/../secrets.pdf', /leaves the site's public folder/],
		['/files/%2e%2e/%2e%2e/x.pdf', /leaves the site's public folder/],
		['../../outside.pdf', /leaves the content folder/],
		['/files/%E0%A4%A.pdf', /broken %-escapes/],
	])('%s is refused: %s', (url, message) => {
		const location = locateFile(url, entry, folders);
		expect(location.kind).toBe('refused');
		expect(location.kind === 'refused' && location.message).toMatch(message);
	});
});

describe('sizes, PDFs and the cover', () => {
	test.each([
		[0, '0 B'],
		[999, '999 B'],
		[1000, '1 KB'],
		[1499, '1 KB'],
		[850_000, '850 KB'],
		[999_499, '999 KB'],
		[999_500, '1 MB'],
		[1_234_567, '1.2 MB'],
		[2_000_000, '2 MB'],
		[15_960_000, '16 MB'],
		[999_950_000, '1 GB'],
		[3_450_000_000, '3.5 GB'],
	])('%i bytes is "%s", which the schema accepts', (bytes, expected) => {
		expect(formatSize(bytes)).toBe(expected);
		expect(expected).toMatch(/^\d+(\.\d+)? ?(B|KB|MB|GB)$/);
	});
	test('a size is a whole, non-negative byte count', () => {
		expect(() => formatSize(-1)).toThrow(RangeError);
		expect(() => formatSize(1.5)).toThrow(RangeError);
	});

	test.each([
		[{ url: '/a.pdf' }, true],
		[{ url: '/a.PDF?x=1' }, true],
		[{ url: '/download/123', format: 'PDF' }, true],
		[{ url: '/download/123', format: ' pdf ' }, true],
		[{ url: '/a.epub', format: 'EPUB' }, false],
		[{ url: '/a.pdf.html' }, false],
	])('%j is a PDF: %s', (file, expected) => {
		expect(isPdfFile(file)).toBe(expected);
	});

	const pdfs = [
		{ index: 0, url: '/a-ar.pdf', lang: 'ar', path: '/p/a-ar.pdf' },
		{ index: 1, url: '/a-en.pdf', lang: 'en', path: '/p/a-en.pdf' },
	];
	test.each([
		['en', 1],
		['ar', 0],
		['fr', 0],
	])('a %s entry takes its cover from file %i', (lang, index) => {
		expect(chooseCoverPdf(pdfs, lang)?.index).toBe(index);
	});
	test('no PDF, no cover; cover paths', () => {
		expect(chooseCoverPdf([], 'en')).toBeUndefined();
		expect(coverSitePath('issue-paper')).toBe('/covers/issue-paper.jpg');
		expect(coverSitePath('issue-paper', '/img/covers')).toBe('/img/covers/issue-paper.jpg');
		expect(sitePathFile('/covers/x.jpg', '/site/public')).toBe(join('/site/public', 'covers', 'x.jpg'));
	});

	test('planned edits: pages and size per PDF in file order, then the cover', () => {
		expect(
			plannedEdits(
				new Map([
					[2, { pages: 9, bytes: 2_000_000 }],
					[0, { pages: 48, bytes: 1_234_567 }],
				]),
				'/covers/x.jpg',
			),
		).toEqual([pages(0, 48), size(0, '1.2 MB'), pages(2, 9), size(2, '2 MB'), cover]);
		expect(plannedEdits(new Map(), undefined)).toEqual([]);
	});
});
