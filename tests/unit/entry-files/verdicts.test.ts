/** Verdicts kept between builds (src/entry-files/verdicts.ts): the check with them gives exactly what it gives without. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkContent, type ContentCheck } from '../../../src/entry-files/check.ts';
import { loadVocabularies } from '../../../src/entry-files/vocabularies.ts';
import { readVerdicts, verdictSalt, writeVerdicts, type Verdict, type Verdicts } from '../../../src/entry-files/verdicts.ts';
import { createEntrySchemas } from '../../../src/entry-types/index.ts';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'verdicts-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A content folder of the launch entries (and `files` over them), with the site's vocabularies. */
function folder(files: Record<string, string> = {}): string {
	const content = join(dir, 'content');
	cpSync('content', content, { recursive: true });
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(content, path, '..'), { recursive: true });
		writeFileSync(join(content, path), text);
	}
	return content;
}

const schemasOf = (content: string) => createEntrySchemas(loadVocabularies(content));

/** What a check concluded, comparable: every entry's id, data and body, the problems and the warnings. */
const verdictOf = (check: ContentCheck) => ({
	entries: [...check.entries].map(([type, entries]) => [type, entries.map(({ id, name, source, data, body }) => ({ id, name, source, data, body }))]),
	problems: check.problems,
	warnings: check.warnings,
});

/** The check run twice with verdicts, the second time on those the first kept. */
function twice(content: string, today = '2026-12-02', edit?: () => void): { first: Verdicts; second: Verdicts; check: ContentCheck } {
	const first: Verdicts = { previous: new Map(), current: new Map() };
	checkContent(content, schemasOf(content), today, first);
	// Through the file, as the loader keeps them.
	writeVerdicts(join(dir, 'verdicts.json'), 'salt', first.current);
	edit?.();
	const second: Verdicts = { previous: readVerdicts(join(dir, 'verdicts.json'), 'salt'), current: new Map() };
	return { first, second, check: checkContent(content, schemasOf(content), today, second) };
}

const fm = (lines: string[], body = 'Text of the entry.') => `---\n${lines.join('\n')}\n---\n\n${body}\n`;
const NEWS = ['title: A news item', 'date: 2020-05-04', 'topics: [legislation]'];

describe('the check with kept verdicts', () => {
	test('the launch content: every file judged valid is kept, and the second check equals one without verdicts', () => {
		const content = folder();
		const { first, second, check } = twice(content);
		const plain = checkContent(content, schemasOf(content), '2026-12-02');
		expect(first.current.size).toBe(plain.count);
		expect([...second.current.keys()].sort()).toEqual([...first.current.keys()].sort());
		expect(verdictOf(check)).toEqual(verdictOf(plain));
	});

	test('every kept verdict survives its trip through JSON unchanged', () => {
		const content = folder();
		const { first } = twice(content);
		for (const verdict of first.current.values()) expect(isDeepStrictEqual(JSON.parse(JSON.stringify(verdict)), verdict)).toBe(true);
	});

	test('a kept verdict is used, not judged again (a doctored one shows through)', () => {
		const content = folder({ 'news/kept.md': fm(NEWS) });
		const first: Verdicts = { previous: new Map(), current: new Map() };
		checkContent(content, schemasOf(content), '2026-12-02', first);
		const doctored = new Map<string, Verdict>(
			[...first.current].map(([key, verdict]) => [key, { ...verdict, data: { ...verdict.data, title: 'From the cache' } }]),
		);
		const check = checkContent(content, schemasOf(content), '2026-12-02', { previous: doctored, current: new Map() });
		expect(check.entries.get('news')!.find((entry) => entry.id === 'kept')!.data['title']).toBe('From the cache');
	});

	test.each<[string, Record<string, string>, () => Record<string, string>, number]>([
		['an edited file is judged again', { 'news/a.md': fm(NEWS) }, () => ({ 'news/a.md': fm(['title: Retitled', ...NEWS.slice(1)]) }), 0],
		['a file made broken is refused', { 'news/a.md': fm(NEWS) }, () => ({ 'news/a.md': fm([...NEWS, 'colour: red']) }), 1],
		['a related slug that no longer exists is refused', { 'news/a.md': fm([...NEWS, 'related: [b]']), 'news/b.md': fm(NEWS) }, () => ({ 'news/b.md': '' }), 1],
		[
			'a translation whose original changed is judged against the new original',
			{ 'news/a.md': fm(NEWS), 'news/a.fr.md': fm(['title: Une nouvelle', 'dateline: Paris']) },
			() => ({ 'news/a.md': fm(['title: A news item', 'date: 2020-05-05', 'topics: [legislation]']) }),
			0,
		],
		[
			'a translation of an original made broken is left out, as without verdicts',
			{ 'news/a.md': fm(NEWS), 'news/a.fr.md': fm(['title: Une nouvelle']) },
			() => ({ 'news/a.md': fm(['title: A news item', 'date: 2020-13-04']) }),
			1,
		],
	])('%s: the same problems, warnings and entries as a check without verdicts', (_, files, edit, problems) => {
		const content = folder(files);
		const { check } = twice(content, '2026-12-02', () => {
			for (const [path, text] of Object.entries(edit())) {
				if (text) writeFileSync(join(content, path), text);
				else rmSync(join(content, path));
			}
		});
		expect(check.problems).toHaveLength(problems);
		expect(verdictOf(check)).toEqual(verdictOf(checkContent(content, schemasOf(content), '2026-12-02')));
	});

	test('the day is checked again: a kept entry dated after a new today is warned about', () => {
		const content = folder({ 'news/soon.md': fm(['title: Soon', 'date: 2027-01-10', 'topics: [legislation]']) });
		const { check } = twice(content, '2027-02-01');
		expect(check.problems).toEqual([]);
		expect(check.warnings).toEqual([]);
		const later = checkContent(content, schemasOf(content), '2027-01-01', { previous: readVerdicts(join(dir, 'verdicts.json'), 'salt'), current: new Map() });
		expect(later.warnings.map((warning) => `${warning.field}: ${warning.message}`)).toEqual([expect.stringMatching(/^date: 2027-01-10 is in the future/)]);
		expect(verdictOf(later)).toEqual(verdictOf(checkContent(content, schemasOf(content), '2027-01-01')));
	});

	test('a body link the page leaves out is still warned about from a kept verdict', () => {
		const content = folder({ 'news/link.md': fm(NEWS, 'See [the form](javascript:alert(1)).') });
		const { check } = twice(content);
		expect(check.warnings.filter((warning) => warning.file.endsWith('link.md'))).toHaveLength(1);
		expect(verdictOf(check)).toEqual(verdictOf(checkContent(content, schemasOf(content), '2026-12-02')));
	});

	test('a file with a problem is never kept', () => {
		const content = folder({ 'news/broken.md': fm([...NEWS, 'colour: red']) });
		const { first } = twice(content);
		expect(first.current.size).toBe(checkContent(content, schemasOf(content)).count - 1);
	});
});

describe('readVerdicts / writeVerdicts', () => {
	const verdict: Verdict = {
		data: { title: 'تهريب المهاجرين', topics: ['legislation'] },
		bodyStart: 42,
		warnings: [{ line: 9, field: 'body', message: 'left out' }],
	};

	test('a saved cache is read back under its salt', () => {
		writeVerdicts(join(dir, 'cache/verdicts.json'), 'one', new Map([['key', verdict]]));
		expect(readVerdicts(join(dir, 'cache/verdicts.json'), 'one')).toEqual(new Map([['key', verdict]]));
	});

	test.each([
		['of another salt', () => writeVerdicts(join(dir, 'verdicts.json'), 'two', new Map([['key', verdict]]))],
		['missing', () => {}],
		['cut short', () => writeFileSync(join(dir, 'verdicts.json'), '{"salt":"one","verdicts":{"key"')],
	])('a cache %s holds nothing', (_, make) => {
		make();
		expect(readVerdicts(join(dir, 'verdicts.json'), 'one').size).toBe(0);
	});
});

describe('verdictSalt', () => {
	test('changes with any file of a folder, a file, or a value, and only then', () => {
		mkdirSync(join(dir, 'src/lib'), { recursive: true });
		writeFileSync(join(dir, 'src/lib/a.ts'), 'export const a = 1;');
		writeFileSync(join(dir, 'topics.yaml'), '- slug: legislation');
		const salt = () => verdictSalt([join(dir, 'src'), join(dir, 'topics.yaml'), join(dir, 'missing.json')], ['v26.0.0', 'en']);
		const first = salt();
		expect(salt()).toBe(first);
		const changes = [
			() => writeFileSync(join(dir, 'src/lib/a.ts'), 'export const a = 2;'),
			() => writeFileSync(join(dir, 'src/lib/b.ts'), ''),
			() => writeFileSync(join(dir, 'topics.yaml'), '- slug: legislation\n- slug: borders'),
			() => writeFileSync(join(dir, 'missing.json'), '{}'),
		];
		const seen = new Set([first]);
		for (const change of changes) {
			change();
			expect(seen.has(salt())).toBe(false);
			seen.add(salt());
		}
		expect(verdictSalt([join(dir, 'src')], ['v26.0.0', 'en'])).not.toBe(verdictSalt([join(dir, 'src')], ['v26.0.0', 'en,fr']));
		expect(readFileSync(join(dir, 'src/lib/a.ts'), 'utf8')).toBe('export const a = 2;');
	});
});
