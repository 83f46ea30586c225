/** The content check (src/entry-files/check.ts): what depends on every entry at once. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/entry-files/check.ts';
import { loadVocabularies } from '../../../src/entry-files/vocabularies.ts';
import { createEntrySchemas } from '../../../src/entry-types/index.ts';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'check-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A content folder of the launch entries and `files`, checked; its problems as `file:line: field: message`. */
function problemsWith(files: Record<string, string>): string[] {
	const content = join(dir, 'content');
	cpSync('content', content, { recursive: true });
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(content, path, '..'), { recursive: true });
		writeFileSync(join(content, path), text);
	}
	const check = checkContent(content, createEntrySchemas(loadVocabularies(content)), '2026-12-02');
	return check.problems.map(({ file, line, field, message }) => `${file.replace(/^.*content\//, '')}:${line}: ${field}: ${message}`);
}

const fm = (lines: string[]) => `---\n${lines.join('\n')}\n---\n\nText of the entry.\n`;
const NEWS = ['title: A news item', 'date: 2020-05-04', 'topics: [legislation]'];

describe('related entries a published entry may not name', () => {
	test.each<[string, Record<string, string>, string[]]>([
		[
			'a draft: the page would leave it out and the data API would publish its slug',
			{ 'news/draft.md': fm([...NEWS, 'draft: true']), 'news/a.md': fm([...NEWS, 'related:', '  - draft']) },
			['news/a.md:6: related.0: "draft" is a draft, which the site does not publish: remove it from the list, or publish it first (draft: false in its file)'],
		],
		[
			'the entry itself',
			{ 'news/a.md': fm([...NEWS, 'related: [b, a]']), 'news/b.md': fm(NEWS) },
			['news/a.md:5: related.1: names this entry itself: remove "a" from the list'],
		],
		['a draft may name another draft', { 'news/draft.md': fm([...NEWS, 'draft: true']), 'news/b.md': fm([...NEWS, 'draft: true', 'related: [draft]']) }, []],
		['a published entry', { 'news/a.md': fm([...NEWS, 'related: [b]']), 'news/b.md': fm(NEWS) }, []],
	])('%s', (_, files, expected) => expect(problemsWith(files)).toEqual(expected));
});
