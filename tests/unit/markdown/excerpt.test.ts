import { describe, expect, test } from 'vitest';
import { EXCERPT_LENGTH, excerptFromMarkdown, markdownToPlainText, truncateText } from '../../../src/lib/markdown/excerpt.ts';

describe('markdownToPlainText', () => {
	test.each([
		['plain paragraph', 'Migrants are at risk.', 'Migrants are at risk.'],
		['links keep their text only', 'Read [the paper](https://www.unodc.org/paper.pdf) now.', 'Read the paper now.'],
		[
			'photos left out (their alt text is for those who cannot see them)',
			'They met.\n\n![Two officers on the quay](quay.jpg)\n\nThey agreed.',
			'They met. They agreed.',
		],
		['autolinks keep the URL as text', 'See <https://www.unodc.org>.', 'See https://www.unodc.org.'],
		['reference links', 'Read [the paper][p].\n\n[p]: https://example.org', 'Read the paper.'],
		['emphasis and strong', 'A *very* **important** _point_ and __another__.', 'A very important point and another.'],
		['inline raw HTML dropped', 'A <span class="x">styled</span> word.', 'A styled word.'],
		['block raw HTML dropped', '<div class="box">\nHidden box\n</div>\n\nVisible.', 'Visible.'],
		['HTML comment dropped', '<!-- note to editors -->\n\nVisible.', 'Visible.'],
		['script dropped', '<script>alert(1)</script>\n\nSafe.', 'Safe.'],
		['ATX headings left out', '# Title\n\nFirst paragraph.\n\n## Section\n\nSecond.', 'First paragraph. Second.'],
		['setext headings left out', 'Title\n=====\n\nBody text.', 'Body text.'],
		['fenced code left out', 'Intro.\n\n```js\nconsole.log(1)\n```\n\nOutro.', 'Intro. Outro.'],
		['indented code left out', 'Intro.\n\n    code block\n\nOutro.', 'Intro. Outro.'],
		['thematic break left out', 'One.\n\n---\n\nTwo.', 'One. Two.'],
		['soft line breaks become spaces', 'One line\nnext line', 'One line next line'],
		['whitespace collapsed', 'Lots   of\t\tspace  here', 'Lots of space here'],
		['list items are separate words', '- one\n- two\n- three', 'one two three'],
		['ordered list', '1. first\n2. second', 'first second'],
		['blockquote paragraphs are separate words', '> quoted\n>\n> again', 'quoted again'],
		['hard line break is a space', 'first line  \nsecond line', 'first line second line'],
		['backslash hard break is a space', 'first line\\\nsecond line', 'first line second line'],
		['code block inside a list left out', '- item\n\n  ```\n  code\n  ```', 'item'],
		['empty body', '', ''],
		['only a heading', '# Just a heading', ''],
	])('%s', (_, markdown, expected) => {
		expect(markdownToPlainText(markdown)).toBe(expected);
	});
});

describe('truncateText', () => {
	test.each([
		['short text untouched', 'Short text.', 20, 'Short text.'],
		['exactly the length untouched', 'abcde fghij', 11, 'abcde fghij'],
		['empty', '', 10, ''],
		['cut at a word boundary', 'The quick brown fox jumps over the lazy dog', 20, 'The quick brown fox…'],
		['boundary right after the limit', 'The quick brown fox jumps', 19, 'The quick brown fox…'],
		['trailing punctuation removed before the ellipsis', 'Hello, world, and more words here', 13, 'Hello, world…'],
		['trailing dash removed', 'Migrants – at risk and in danger', 11, 'Migrants…'],
		['one long word cut hard', 'Supercalifragilisticexpialidocious', 10, 'Supercalif…'],
		['word boundary too early: hard cut', 'a bcdefghijklmnopqrstuvwxyz', 10, 'a bcdefghi…'],
		// One emoji or rare ideograph is two UTF-16 units: a hard cut between them would publish "�".
		['emoji never halved', `a${'😀'.repeat(10)}`, 6, 'a😀😀…'],
		['ideographs outside the BMP never halved', `中${'𠀀'.repeat(10)}`, 4, '中𠀀…'],
		['a family emoji kept whole', `ab${'👨‍👩‍👧'.repeat(3)}`, 10, 'ab👨‍👩‍👧…'],
		['an accent kept with its letter', `abcde\u0301fgh`, 5, 'abcd…'],
	])('%s', (_, text, length, expected) => {
		expect(truncateText(text, length)).toBe(expected);
	});

	test.each([40, 80, 120, EXCERPT_LENGTH])('a long text cut at %i keeps whole words and at most that many characters before the ellipsis', (length) => {
		const words = Array.from({ length: 100 }, (_, i) => `word${i}`);
		const text = words.join(' ');
		const cut = truncateText(text, length);
		expect(cut.endsWith('…')).toBe(true);
		const head = cut.slice(0, -1);
		expect(head.length).toBeLessThanOrEqual(length);
		expect(text.startsWith(head)).toBe(true);
		expect(text[head.length]).toBe(' ');
		expect(words).toContain(head.split(' ').at(-1));
	});

	test('uses EXCERPT_LENGTH by default', () => {
		const text = 'word '.repeat(100).trim();
		expect(truncateText(text)).toBe(truncateText(text, EXCERPT_LENGTH));
		expect(truncateText(text).length).toBeLessThanOrEqual(EXCERPT_LENGTH + 1);
		expect(truncateText('short')).toBe('short');
	});
});

describe('excerptFromMarkdown', () => {
	test.each([
		['short body untouched', '# Heading\n\nA *short* [body](/x/).', 100, 'A short body.'],
		['stripped before cutting', 'The **smuggling** of [migrants](https://example.org) by sea is deadly for many people.', 30, 'The smuggling of migrants by…'],
		['raw HTML never counted', '<div>' + 'hidden '.repeat(50) + '</div>\n\nVisible words only.', 100, 'Visible words only.'],
	])('%s', (_, markdown, length, expected) => {
		expect(excerptFromMarkdown(markdown, length)).toBe(expected);
	});

	test('defaults to EXCERPT_LENGTH', () => {
		const body = `Paragraph ${'with many words '.repeat(40)}`;
		const excerpt = excerptFromMarkdown(body);
		expect(excerpt.endsWith('…')).toBe(true);
		expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_LENGTH + 1);
	});
});

describe('excerpt of a long body', () => {
	test('reading only the head gives the excerpt of the whole body', async () => {
		const { generateCorpus } = await import('../../../scripts/lib/corpus.ts');
		const { parseEntryFile } = await import('../../../src/entry-files/front-matter.ts');
		for (const file of generateCorpus(300, 5)) {
			const { body } = parseEntryFile(file.source);
			expect(excerptFromMarkdown(body)).toBe(truncateText(markdownToPlainText(body)));
		}
		const short = 'Short.\n\n' + '[a link with a very long label](https://example.org/) '.repeat(3) + '\n\n' + 'Tail words here. '.repeat(40);
		expect(excerptFromMarkdown(short)).toBe(truncateText(markdownToPlainText(short)));
	});
});

describe('the two Markdown parsers', () => {
	/** A tree without positions, keys in order, for comparing the two parsers' output. */
	const canonical = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(canonical);
		if (value === null || typeof value !== 'object') return value;
		const entries = Object.entries(value).filter(([key]) => key !== 'position');
		return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)).map(([key, child]) => [key, canonical(child)]));
	};

	test('Sätteri gives micromark’s tree for bodies without raw HTML (the ones it parses)', async () => {
		const { fromMarkdown } = await import('mdast-util-from-markdown');
		const { markdownToMdast } = await import('satteri');
		const { generateCorpus } = await import('../../../scripts/lib/corpus.ts');
		const { parseEntryFile } = await import('../../../src/entry-files/front-matter.ts');
		const bodies = generateCorpus(300, 7).map((file) => parseEntryFile(file.source).body);
		bodies.push(
			'Read [the paper][p].\n\n[p]: https://example.org',
			'A *very* **important** _point_ and __another__.',
			'Title\n=====\n\nBody text.\n\n    code block\n\n---\n\n- item\n\n  ```\n  code\n  ```',
			'> quoted\n>\n> again\n\nfirst line  \nsecond line\\\nthird',
			'1. first\n2. second\n\n* [x] task\n\n| a | b |\n| - | - |\n| 1 | 2 |',
			'Smart "quotes" -- dashes... and a URL https://www.unodc.org and ~~strike~~.',
			'---\ntitle: not front matter\n---\n\nText after a rule and a setext heading.',
		);
		const parsed = bodies.filter((body) => !body.includes('<'));
		expect(parsed.length).toBeGreaterThan(250);
		const features = { gfm: false, frontmatter: false };
		for (const body of parsed) expect(canonical(markdownToMdast(body, { features, position: false }))).toEqual(canonical(fromMarkdown(body)));
	});
});
