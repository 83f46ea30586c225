/**
 * The content loader's fast renderer (src/lib/markdown/render.ts) must give exactly the
 * HTML of the unified pipeline Astro is configured with (astro.config.mjs), or
 * leave the body to it.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { generateCorpus } from '../../../scripts/lib/corpus.ts';
import { renderBody } from '../../../src/lib/markdown/render.ts';
import { parseEntryFile } from '../../../src/entry-files/front-matter.ts';
import { rehypePlugins } from '../../../src/lib/markdown/rehype-plugins.ts';

const unified = await createMarkdownProcessor({ rehypePlugins });

const BODIES = [
	'Plain paragraph.\n\nSecond paragraph with **strong**, *emphasis*, `code` and a [link](https://www.unodc.org/).',
	`UNODC's "new" report: the 'model law' ... and migrants' rights in the '90s.`,
	'"*Quoted emphasis*" and **"bold quotes"**, L\'Aquila\'s \'single\' quotes.',
	'Visit https://www.unodc.org and www.example.org or write to a@b.org.',
	'- [x] done\n- [ ] to do\n',
	'Text with a note.[^1]\n\n[^1]: The note.\n',
	'## Background\n\nSee [below](#background) and [details](#details).\n\n## Background\n\n### Details\n',
	'~~gone~~ and <mark>marked</mark> <details><summary>More</summary>Hidden</details>',
	'![Photo](https://example.org/x.png "A title")',
	'<div>\n\n*emphasis* in an HTML block\n\n</div>',
	'> quote\n> second line\n\n1. one\n2. two\n',
	'Hard  \nbreak, <br> tag, entities &amp; &copy;',
	'[link](javascript:alert(1)) <a href="jav&#x09;ascript:alert(1)">x</a> <https://example.org>',
	'<script>alert(1)</script>text <img src="https://example.org/x.png" onerror="alert(1)" alt="x">',
	'<p style="position:fixed">x</p><iframe src="https://evil.example/"></iframe><span tabindex="1">y</span>',
	'Heading\n=======\n\nText under a setext heading.',
];

describe('renderBody', () => {
	test.each(BODIES)('same HTML as the unified pipeline: %s', async (body) => {
		const fast = renderBody(body);
		expect(fast).toBeDefined();
		expect(fast!.html.trim()).toBe((await unified.render(body)).code.trim());
	});

	test('same HTML and headings for generated entry bodies', async () => {
		for (const file of generateCorpus(200, 3)) {
			const { body } = parseEntryFile(file.source);
			const fast = renderBody(body)!;
			const slow = await unified.render(body);
			expect(fast.html.trim()).toBe(slow.code.trim());
			expect(fast.metadata.headings).toEqual(slow.metadata.headings);
		}
	});

	test.each([
		['double hyphen', 'A -- B'],
		['table', '| a | b |\n|---|---|\n| 1 | 2 |'],
		['HTML comment', '<!-- note -->text'],
		['spaced ellipsis', 'and so . . . on'],
		['fenced code', '```js\nconst x = 1;\n```'],
		['indented code', '    code'],
	])('leaves bodies it would render differently to the unified pipeline: %s', (_, body) => {
		expect(renderBody(body)).toBeUndefined();
	});
});

describe('body headings and URLs, the same in both pipelines (issues #15.4, #15.9)', () => {
	test.each([
		[
			'# Heading gives no second h1: every heading moves one level down',
			'# Top\n\nText.\n\n## Sub\n\n###### Deepest',
			['<h2 id="user-content-top">Top</h2>', '<h3 id="user-content-sub">Sub</h3>', '<h6 id="user-content-deepest">Deepest</h6>'],
			['<h1'],
		],
		['raw <h1> too', '<h1>Raw</h1>\n\n## Next', ['<h2 id="user-content-raw">Raw</h2>', '<h3 id="user-content-next">Next</h3>'], ['<h1']],
		[
			'bodies starting at h2 are left as written',
			'## Background\n\n### Details',
			['<h2 id="user-content-background">Background</h2>', '<h3 id="user-content-details">Details</h3>'],
			[],
		],
		[
			'mended slashes and user names lose their href',
			'[a](https:\\\\evil.example) [b](https:/evil.example) [c](https://www.unodc.org@evil.example/) [ok](https://www.unodc.org/)',
			['<a>a</a>', '<a>b</a>', '<a>c</a>', '<a href="https://www.unodc.org/">ok</a>'],
			['evil.example'],
		],
		[
			'protocol-relative and http:// images lose their src',
			'![a](//cdn.example/x.png) ![b](http://www.unodc.org/b.png) ![c](https://www.unodc.org/c.png) <img src="//cdn.example/d.png" alt="d">',
			['<img alt="a">', '<img alt="b">', '<img src="https://www.unodc.org/c.png" alt="c">', '<img alt="d">'],
			['cdn.example', 'http://'],
		],
		[
			'mailto, tel and in-page links stay',
			'[m](mailto:a@example.org) [t](tel:+4312345) [n](#notes) [r](annex.pdf)',
			['href="mailto:a@example.org"', 'href="tel:+4312345"', 'href="#notes"', 'href="annex.pdf"'],
			[],
		],
	])('%s', async (_, body, present, absent) => {
		const slow = (await unified.render(body)).code;
		const fast = renderBody(body);
		if (fast) expect(fast.html.trim()).toBe(slow.trim());
		for (const text of present) expect(slow).toContain(text);
		for (const text of absent) expect(slow).not.toContain(text);
	});
});
