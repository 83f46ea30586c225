import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { checkSlugs, findEntryFiles, listEntryFiles, readUtf8, resolveContentDir, type EntryFile } from '../../../src/entry-files/files.ts';
import { ContentError, displayPath, formatProblem, type ContentProblem } from '../../../src/entry-files/problems.ts';
import { loadVocabularies } from '../../../src/entry-files/vocabularies.ts';

const FIXTURE = fileURLToPath(new URL('../../fixtures/content', import.meta.url));

const temps: string[] = [];
/** A fresh temp folder holding `files` (path → text or bytes). */
function tempDir(files: Record<string, string | Uint8Array> = {}): string {
	const dir = mkdtempSync(join(tmpdir(), 'content-files-'));
	temps.push(dir);
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), content);
	}
	return dir;
}
afterAll(() => {
	for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** Runs `fn` and returns the problems of the ContentError it throws. */
function problemsOf(fn: () => unknown): ContentProblem[] {
	try {
		fn();
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return (error as ContentError).problems;
	}
	throw new Error('expected a ContentError');
}

describe('resolveContentDir', () => {
	test.each<[string, Record<string, string | undefined>, string]>([
		['/site', {}, '/site/content'],
		['/site', { CONTENT_DIR: '' }, '/site/content'],
		['/site', { CONTENT_DIR: 'other-content' }, '/site/other-content'],
		['/site', { CONTENT_DIR: '../content-repo/content' }, '/content-repo/content'],
		['/site', { CONTENT_DIR: '/srv/content' }, '/srv/content'],
	])('root %s, env %o → %s', (root, env, expected) => {
		expect(resolveContentDir(root, env)).toBe(expected);
	});

	test('defaults to content/ under the working directory', () => {
		expect(resolveContentDir(undefined, {})).toBe(resolve(process.cwd(), 'content'));
	});
});

describe('formatProblem', () => {
	test.each<[ContentProblem, string]>([
		[{ file: 'content/news/x.md', line: 3, field: 'date', message: 'must be YYYY-MM-DD' }, 'content/news/x.md:3: date: must be YYYY-MM-DD'],
		[{ file: 'content/news/x.md', line: 7, field: 'links.0.url', message: 'is not allowed' }, 'content/news/x.md:7: links.0.url: is not allowed'],
		[{ file: 'a.md', line: 1, field: '', message: 'missing front matter' }, 'a.md:1: missing front matter'],
	])('%o → %s', (problem, expected) => {
		expect(formatProblem(problem)).toBe(expected);
	});
});

describe('displayPath', () => {
	test.each([
		[join(process.cwd(), 'content/news/x.md'), 'content/news/x.md'],
		[join(process.cwd(), 'x.md'), 'x.md'],
		['/somewhere/else/x.md', '/somewhere/else/x.md'],
		[process.cwd(), process.cwd()],
	])('%s → %s', (path, expected) => {
		expect(displayPath(path)).toBe(expected);
	});
});

describe('ContentError', () => {
	test.each([
		[[{ file: 'a.md', line: 2, field: 'date', message: 'bad' }], '1 content problem:\na.md:2: date: bad'],
		[
			[
				{ file: 'a.md', line: 2, field: 'date', message: 'bad' },
				{ file: 'b.md', line: 1, field: '', message: 'worse' },
			],
			'2 content problems:\na.md:2: date: bad\nb.md:1: worse',
		],
	])('message lists every problem (%#)', (problems, message) => {
		const error = new ContentError(problems);
		expect(error).toBeInstanceOf(Error);
		expect(error.name).toBe('ContentError');
		expect(error.message).toBe(message);
		expect(error.problems).toEqual(problems);
	});
});

describe('readUtf8', () => {
	test.each([
		['ascii', 'hello\n'],
		['accents and RTL', 'Côte d’Ivoire — العربية\n'],
		['empty', ''],
	])('reads valid UTF-8: %s', (_, text) => {
		const dir = tempDir({ 'f.txt': text });
		expect(readUtf8(join(dir, 'f.txt'))).toBe(text);
	});

	test.each([
		['Latin-1 é on line 1', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), 1],
		['bad byte on line 3', Buffer.concat([Buffer.from('---\ntitle: x\nsummary: caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]), 3],
		['lone continuation byte on line 2', Buffer.concat([Buffer.from('ok\n'), Buffer.from([0x80]), Buffer.from('\n')]), 2],
		['0xFF on line 4', Buffer.concat([Buffer.from('a\nb\nc\n'), Buffer.from([0xff])]), 4],
	])('refuses invalid UTF-8 (%s) with the line', (_, bytes, line) => {
		const dir = tempDir({ 'bad.md': bytes });
		const problems = problemsOf(() => readUtf8(join(dir, 'bad.md')));
		expect(problems).toEqual([{ file: join(dir, 'bad.md'), line, field: '', message: expect.stringMatching(/not valid UTF-8.*save it as UTF-8/) }]);
	});

	test('a missing file is an ordinary file-system error', () => {
		expect(() => readUtf8(join(tempDir(), 'missing.md'))).toThrow(/ENOENT/);
	});
});

describe('loadVocabularies', () => {
	test('loads the fixture vocabularies in file order', () => {
		const { topics, regions } = loadVocabularies(FIXTURE);
		expect(topics.map((t) => t.slug)).toEqual(['migrant-smuggling', 'smuggling-by-sea', 'legislation']);
		expect(topics[0]).toEqual({ slug: 'migrant-smuggling', label: { en: 'Migrant smuggling' }, description: { en: 'How smuggling networks operate.' } });
		expect(regions).toEqual([
			{ slug: 'global', label: { en: 'Global' } },
			{ slug: 'africa', label: { en: 'Africa' } },
		]);
	});

	test('loads the real site vocabularies', () => {
		const { topics, regions } = loadVocabularies(resolve('content'));
		expect(topics.length).toBeGreaterThan(0);
		expect(regions.map((r) => r.slug)).toContain('global');
	});

	test('an empty vocabulary file is an empty list', () => {
		const dir = tempDir({ 'taxonomies/topics.yaml': '# nothing yet\n', 'taxonomies/regions.yaml': '', 'taxonomies/kinds.yaml': '' });
		expect(loadVocabularies(dir)).toEqual({ topics: [], regions: [], kinds: [] });
	});

	test('YAML 1.1 look-alikes stay strings (CORE schema)', () => {
		const dir = tempDir({
			'taxonomies/topics.yaml': '- slug: no\n  label: Norway\n',
			'taxonomies/regions.yaml': '- slug: "2012"\n  label: "2012"\n',
			'taxonomies/kinds.yaml': '',
		});
		expect(loadVocabularies(dir)).toEqual({ topics: [{ slug: 'no', label: { en: 'Norway' } }], regions: [{ slug: '2012', label: { en: '2012' } }], kinds: [] });
	});

	const REGIONS = '- slug: global\n  label: Global\n';
	test('kinds.yaml missing → ContentError naming it', () => {
		const problems = problemsOf(() => loadVocabularies(tempDir({ 'taxonomies/topics.yaml': REGIONS, 'taxonomies/regions.yaml': REGIONS })));
		expect(problems.map((problem) => [problem.file.endsWith('kinds.yaml'), problem.message])).toEqual([[true, expect.stringMatching(/^missing: create it/)]]);
	});

	test('labels and descriptions per language', () => {
		const dir = tempDir({
			'taxonomies/topics.yaml': '- slug: sea\n  label:\n    en: Sea\n    fr: Mer\n  description: By sea.\n',
			'taxonomies/regions.yaml': '',
			'taxonomies/kinds.yaml': '',
		});
		expect(loadVocabularies(dir).topics).toEqual([{ slug: 'sea', label: { en: 'Sea', fr: 'Mer' }, description: { en: 'By sea.' } }]);
	});

	test.each<[string, Record<string, string | Uint8Array>, number, string, string | RegExp]>([
		['topics.yaml missing', { 'taxonomies/regions.yaml': REGIONS }, 1, '', /^missing: create it/],
		['regions.yaml missing', { 'taxonomies/topics.yaml': REGIONS }, 1, '', /^missing: create it/],
		[
			'invalid YAML, at the line of the mistake',
			{ 'taxonomies/topics.yaml': '- slug: a\n  label: [unclosed\n- slug: b\n  label: B\n', 'taxonomies/regions.yaml': REGIONS },
			2,
			'',
			/^invalid YAML: /,
		],
		['not a list', { 'taxonomies/topics.yaml': 'slug: a\nlabel: A\n', 'taxonomies/regions.yaml': REGIONS }, 1, '', /^must be a list, got a set of fields/],
		[
			'slug that is not a slug, at its line',
			{ 'taxonomies/topics.yaml': '- slug: sea\n  label: Sea\n- slug: Sea Smuggling\n  label: Sea\n', 'taxonomies/regions.yaml': REGIONS },
			3,
			'1.slug',
			'"Sea Smuggling" is not a slug: use lowercase letters, digits and single hyphens',
		],
		['missing label', { 'taxonomies/topics.yaml': '- slug: sea\n', 'taxonomies/regions.yaml': REGIONS }, 1, '0.label', 'required: add the name readers see'],
		[
			'empty label',
			{ 'taxonomies/topics.yaml': '- slug: sea\n  label: "  "\n', 'taxonomies/regions.yaml': REGIONS },
			2,
			'0.label',
			'is empty (only spaces): write the name readers see, or remove the line',
		],
		[
			'unknown key',
			{ 'taxonomies/topics.yaml': '- slug: sea\n  label: Sea\n  lable: typo\n', 'taxonomies/regions.yaml': REGIONS },
			3,
			'0.lable',
			/^unknown field: remove it/,
		],
		[
			'duplicate slug, at the second one',
			{
				'taxonomies/topics.yaml': '- slug: sea\n  label: Sea\n- slug: land\n  label: Land\n- slug: sea\n  label: Sea again\n',
				'taxonomies/regions.yaml': REGIONS,
			},
			5,
			'2.slug',
			'duplicate slug "sea"',
		],
		[
			'a vertical tab in a label',
			{ 'taxonomies/topics.yaml': '- slug: sea\n  label: "Sea\\vside"\n', 'taxonomies/regions.yaml': REGIONS },
			2,
			'0.label',
			/^contains a vertical tab \(U\+000B\)/,
		],
		['invalid UTF-8', { 'taxonomies/topics.yaml': Buffer.from([0x2d, 0x20, 0xff, 0x0a]), 'taxonomies/regions.yaml': REGIONS }, 1, '', /not valid UTF-8/],
	])('%s → ContentError', (name, files, line, field, message) => {
		const dir = tempDir({ 'taxonomies/kinds.yaml': '', ...files });
		const problems = problemsOf(() => loadVocabularies(dir));
		expect(problems.length).toBeGreaterThanOrEqual(1);
		const [problem] = problems;
		const which = name.startsWith('regions') ? 'regions' : 'topics';
		expect(problem!.file).toBe(join(dir, 'taxonomies', `${which}.yaml`));
		expect(problem!.line).toBe(line);
		expect(problem!.field).toBe(field);
		if (typeof message === 'string') expect(problem!.message).toBe(message);
		else expect(problem!.message).toMatch(message);
	});

	test('problems of both files are reported at once', () => {
		const dir = tempDir({ 'taxonomies/topics.yaml': '- slug: Bad\n  label: B\n', 'taxonomies/regions.yaml': '- slug: ok\n', 'taxonomies/kinds.yaml': '' });
		expect(problemsOf(() => loadVocabularies(dir)).map((problem) => [basename(problem.file), problem.line, problem.field])).toEqual([
			['topics.yaml', 1, '0.slug'],
			['regions.yaml', 1, '0.label'],
		]);
	});

	test('an alias bomb is refused', () => {
		const bomb = [
			'- &a { slug: a, label: "lol lol lol lol lol lol lol lol lol" }',
			...'bcdefg'.split('').map((name, i) => `- &${name} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`),
		].join('\n');
		const dir = tempDir({ 'taxonomies/topics.yaml': bomb, 'taxonomies/regions.yaml': REGIONS });
		expect(problemsOf(() => loadVocabularies(dir))[0]!.message).toMatch(/^its aliases \(\*name\) expand to more than 10,000 characters/);
	});

	test('a vocabulary linked from outside the content folder is refused', () => {
		const outside = tempDir({ 'topics.yaml': '- slug: a\n  label: A\n' });
		const dir = tempDir({ 'taxonomies/regions.yaml': REGIONS });
		symlinkSync(join(outside, 'topics.yaml'), join(dir, 'taxonomies/topics.yaml'));
		expect(problemsOf(() => loadVocabularies(dir))[0]!.message).toMatch(/^is a symbolic link to .*topics\.yaml, outside the content folder/);
	});
});

describe('symbolic links (issue #15.5)', () => {
	const OUTSIDE = 'outside the content folder: the site publishes only files inside it, so copy the file in instead of linking to it';
	test('links inside the content folder are followed; links leaving it are refused, never walked', () => {
		const outside = tempDir({ 'secret.md': '---\ntitle: secret\n---\n', 'folder/deep.md': '' });
		const dir = tempDir({ 'news/real.md': '', 'events/e.md': '' });
		symlinkSync('real.md', join(dir, 'news/inside.md'));
		symlinkSync('../events', join(dir, 'news/events-again'));
		symlinkSync(join(outside, 'secret.md'), join(dir, 'news/outside.md'));
		symlinkSync(join(outside, 'folder'), join(dir, 'news/linked'));
		symlinkSync('/usr', join(dir, 'news/usr'));
		symlinkSync(join(dir, 'missing.md'), join(dir, 'news/dangling.md'));
		symlinkSync('/etc/passwd', join(dir, 'news/passwd.txt'));
		const { files, problems } = findEntryFiles(dir);
		expect(files.map((file) => relative(dir, file.path)).sort()).toEqual(['events/e.md', 'news/events-again/e.md', 'news/inside.md', 'news/real.md'].sort());
		expect(problems.map((problem) => [relative(dir, problem.file), problem.message.replace(outside, 'OUT')])).toEqual([
			['news/dangling.md', 'is a symbolic link to nothing (its target is missing): remove it, or put the file itself here'],
			['news/linked', `is a symbolic link to OUT/folder, ${OUTSIDE}`],
			['news/outside.md', `is a symbolic link to OUT/secret.md, ${OUTSIDE}`],
			['news/usr', `is a symbolic link to /usr, ${OUTSIDE}`],
		]);
	});

	test('a link back up does not loop: each folder is walked once', () => {
		const dir = tempDir({ 'news/a.md': '' });
		symlinkSync('..', join(dir, 'news/loop'));
		symlinkSync('.', join(dir, 'news/self'));
		const { files, problems } = findEntryFiles(dir);
		expect(files.map((file) => relative(dir, file.path))).toEqual(['news/a.md']);
		expect(problems).toEqual([]);
	});

	test('a type folder linked from outside is refused', () => {
		const outside = tempDir({ 'n.md': '' });
		const dir = tempDir({ 'events/e.md': '' });
		symlinkSync(outside, join(dir, 'news'));
		const { files, problems } = findEntryFiles(dir);
		expect(files.map((file) => file.slug)).toEqual(['e']);
		expect(problems.map((problem) => relative(dir, problem.file))).toEqual(['news']);
	});
});

test.each([['news/upper.MD'], ['news/long.markdown'], ['news/2012/component.mdx'], ['events/mixed.Md']])(
	'a Markdown file the site does not read, %s, is a problem, never left out silently',
	(name) => {
		const dir = tempDir({ 'news/real.md': '', [name]: '---\ntitle: T\n---\n', 'news/photo.jpg': '', 'news/notes.txt': '', 'news/_draft.markdown': '' });
		const { files, problems } = findEntryFiles(dir);
		expect(files.map((file) => relative(dir, file.path))).toEqual(['news/real.md']);
		const md = name.replace(/\.[^.]+$/, '.md').replace(/^.*\//, '');
		expect(problems.map((problem) => [relative(dir, problem.file), problem.message])).toEqual([
			[name, `is not read as an entry: only files ending in .md (lower case) are; rename it ${md}, or start its name with _ to keep it out of the site`],
		]);
	},
);

describe('listEntryFiles', () => {
	test('finds every .md entry of every type in the fixture, sub-folders included, _-prefixed and non-.md files ignored', () => {
		const files = listEntryFiles(FIXTURE);
		expect(files.map((f) => [f.type, f.slug, f.path])).toEqual([
			['news', 'nested-news', join(FIXTURE, 'news/2012/nested-news.md')],
			['news', 'good-news', join(FIXTURE, 'news/good-news.md')],
			['events', 'good-event', join(FIXTURE, 'events/good-event.md')],
			['publications', 'good-publication', join(FIXTURE, 'publications/good-publication.md')],
		]);
	});

	test.each<[string, Record<string, string>, Parameters<typeof listEntryFiles>[1], [string, string][]]>([
		['empty content folder', {}, undefined, []],
		[
			'sorted by path within a type',
			{ 'news/b.md': '', 'news/a.md': '', 'news/c/a.md': '' },
			undefined,
			[
				['news', 'a'],
				['news', 'b'],
				['news', 'a'],
			],
		],
		[
			'types in ENTRY_TYPES order',
			{ 'publications/p.md': '', 'events/e.md': '', 'news/n.md': '' },
			undefined,
			[
				['news', 'n'],
				['events', 'e'],
				['publications', 'p'],
			],
		],
		['only the types asked for', { 'publications/p.md': '', 'events/e.md': '', 'news/n.md': '' }, ['events'], [['events', 'e']]],
		['_-prefixed files and folders ignored', { 'news/_draft.md': '', 'news/_drafts/x.md': '', 'news/keep.md': '' }, undefined, [['news', 'keep']]],
		['non-Markdown files ignored', { 'news/x.txt': '', 'news/x.markdown': '', 'news/y.md': '' }, undefined, [['news', 'y']]],
		['files outside type folders ignored', { 'other/o.md': '', 'taxonomies/t.md': '', 'root.md': '' }, undefined, []],
		['names that are not slugs are still listed (checkSlugs reports them)', { 'news/Bad Name.md': '' }, undefined, [['news', 'Bad Name']]],
	])('%s', (_, files, types, expected) => {
		const dir = tempDir(files);
		const found = listEntryFiles(dir, types);
		expect(found.map((f) => [f.type, f.slug])).toEqual(expected);
		for (const f of found) expect(f.path.startsWith(dir)).toBe(true);
	});
});

describe('checkSlugs', () => {
	const file = (type: EntryFile['type'], path: string): EntryFile => ({
		type,
		slug: path.split('/').pop()!.replace(/\.md$/, ''),
		path: `/content/${type}/${path}`,
	});

	test.each<[string, EntryFile[], { file: string; message: RegExp }[]]>([
		['no files', [], []],
		['all distinct slugs', [file('news', 'a.md'), file('events', 'b.md'), file('publications', 'c.md')], []],
		[
			'duplicate slug across types',
			[file('news', 'same.md'), file('publications', 'same.md')],
			[{ file: '/content/publications/same.md', message: /^duplicate slug "same": \/content\/news\/same\.md already uses it; rename one of the files$/ }],
		],
		[
			'duplicate slug within a type (sub-folder)',
			[file('news', 'x.md'), file('news', '2012/x.md')],
			[{ file: '/content/news/2012/x.md', message: /duplicate slug "x": \/content\/news\/x\.md already uses it/ }],
		],
		[
			'three files sharing a slug: two problems, both naming the first',
			[file('news', 'x.md'), file('events', 'x.md'), file('publications', 'x.md')],
			[
				{ file: '/content/events/x.md', message: /\/content\/news\/x\.md already uses it/ },
				{ file: '/content/publications/x.md', message: /\/content\/news\/x\.md already uses it/ },
			],
		],
		[
			'upper case name',
			[file('news', 'Bad.md')],
			[{ file: '/content/news/Bad.md', message: /^file name "Bad\.md" is not a slug: rename it with lowercase letters, digits and hyphens only$/ }],
		],
		['space in name', [file('news', 'two words.md')], [{ file: '/content/news/two words.md', message: /file name "two words\.md" is not a slug/ }]],
		['underscore in name', [file('news', 'snake_case.md')], [{ file: '/content/news/snake_case.md', message: /is not a slug/ }]],
		['accented name', [file('news', 'café.md')], [{ file: '/content/news/café.md', message: /is not a slug/ }]],
		['double hyphen', [file('news', 'a--b.md')], [{ file: '/content/news/a--b.md', message: /is not a slug/ }]],
		[
			'bad names are not counted as duplicates',
			[file('news', 'Bad.md'), file('events', 'Bad.md')],
			[
				{ file: '/content/news/Bad.md', message: /is not a slug/ },
				{ file: '/content/events/Bad.md', message: /is not a slug/ },
			],
		],
	])('%s', (_, files, expected) => {
		const problems = checkSlugs(files);
		expect(problems).toHaveLength(expected.length);
		problems.forEach((problem, i) => {
			expect(problem.file).toBe(expected[i]!.file);
			expect(problem.line).toBe(1);
			expect(problem.field).toBe('');
			expect(problem.message).toMatch(expected[i]!.message);
		});
	});

	test('the fixture content has no slug problems', () => {
		expect(checkSlugs(listEntryFiles(FIXTURE))).toEqual([]);
	});
});
