/**
 * The Markdown pipeline as Astro runs it (remark → rehype with raw HTML →
 * sanitise → content anchors), fed hostile and harmless bodies.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { rehypePlugins } from '../../../src/lib/markdown/rehype-plugins.ts';

const processor = await createMarkdownProcessor({ rehypePlugins });
const render = async (markdown: string) => (await processor.render(markdown)).code;

/** Everything an entry body must never carry into a page. */
const UNSAFE = [
	/<script/i,
	/\son[a-z]+\s*=/i,
	/<iframe/i,
	/<object/i,
	/<embed/i,
	/<style/i,
	/<form/i,
	/\sstyle=/i,
	/(href|src|action|formaction|xlink:href)\s*=\s*"\s*(javascript|vbscript|data):/i,
];
const expectSafe = (html: string) => {
	for (const pattern of UNSAFE) expect(html, `${pattern} in ${html}`).not.toMatch(pattern);
};

describe('hostile bodies', () => {
	test.each([
		['script element', '<script>alert(1)</script>text', 'text'],
		['script with odd casing and attributes', '<ScRiPt src="//evil.example/x.js"></sCrIpT>ok', 'ok'],
		['event handler', '<img src="https://example.org/x.png" onerror="alert(1)" alt="x">', '<img src="https://example.org/x.png" alt="x">'],
		['event handler on a link', '<a href="/news/" onclick="alert(1)" onmouseover=alert(1)>news</a>', '<a href="/news/">news</a>'],
		['iframe', '<iframe src="https://evil.example/"></iframe>after', 'after'],
		['style element', '<style>body{display:none}</style>visible', 'visible'],
		['style attribute', '<p style="position:fixed;top:0">x</p>', '<p>x</p>'],
		['object and embed', '<object data="x.swf"></object><embed src="x.swf">done', 'done'],
		['form', '<form action="https://evil.example/"><input name="password"><button>Go</button></form>', ''],
		['svg with script', '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">x</a></svg>', ''],
		['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', ''],
		['base element', '<base href="https://evil.example/">', ''],
		['tabindex and accesskey', '<span tabindex="1" accesskey="s">x</span>', '<span>x</span>'],
	])('%s', async (_, markdown, kept) => {
		const html = await render(markdown);
		expectSafe(html);
		expect(html).not.toMatch(/<(meta|base|link|button|input)\b/i);
		if (kept) expect(html).toContain(kept);
	});

	test.each([
		['javascript: in HTML', '<a href="javascript:alert(1)">x</a>'],
		['javascript: in Markdown', '[x](javascript:alert(1))'],
		['javascript: autolink', '<javascript:alert(1)>'],
		['JavaScript: with odd casing and spaces', '<a href=" JaVaScRiPt:alert(1)">x</a>'],
		['javascript: entity-encoded (decimal)', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>'],
		['javascript: entity-encoded (hex, no semicolons)', '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)">x</a>'],
		['javascript: entity-encoded in Markdown', '[x](&#106;avascript:alert(1))'],
		['javascript: with a tab inside', '<a href="java\tscript:alert(1)">x</a>'],
		['javascript: with a newline entity inside', '<a href="java&#10;script:alert(1)">x</a>'],
		['vbscript:', '<a href="vbscript:msgbox(1)">x</a>'],
		['vbscript: autolink', '<vbscript:msgbox(1)>'],
		['data: link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
		['data: in Markdown', '[x](data:text/html,<script>alert(1)</script>)'],
		['data: image', '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="x">'],
		['data: image in Markdown', '![x](data:image/png;base64,AAAA)'],
		['javascript: image', '![x](javascript:alert(1))'],
	])('%s: the URL is dropped', async (_, markdown) => {
		const html = await render(markdown);
		expectSafe(html);
		expect(html).not.toMatch(/(href|src)="[^"]*(script|data):/i);
	});

	test('ids cannot clobber the page’s own ids', async () => {
		const html = await render('<p id="main">x</p><a name="search-query">y</a>\n\n## Main');
		expect(html).toContain('id="user-content-main"');
		expect(html).not.toMatch(/id="main"|name="search-query"/);
		expect(html).toMatch(/<h2 id="user-content-main-1">Main<\/h2>/);
	});
});

describe('harmless HTML keeps working', () => {
	test('details and summary', async () => {
		const html = await render('<details open>\n<summary>More</summary>\n\nHidden **text**.\n\n</details>');
		expect(html).toContain('<details open>');
		expect(html).toContain('<summary>More</summary>');
		expect(html).toContain('<strong>text</strong>');
	});

	test('in-page anchors reach their (prefixed) targets', async () => {
		const html = await render('[Jump](#background) and [raw](#notes)\n\n## Background\n\ntext\n\n<p id="notes">Notes</p>');
		expect(html).toContain('<h2 id="user-content-background">Background</h2>');
		expect(html).toContain('<a href="#user-content-background">Jump</a>');
		expect(html).toContain('<a href="#user-content-notes">raw</a>');
		expect(html).toContain('<p id="user-content-notes">Notes</p>');
	});

	test('anchors to missing targets are left as written', async () => {
		expect(await render('[x](#nowhere)')).toContain('<a href="#nowhere">x</a>');
	});

	test('ordinary links, images, tables, lists and inline markup', async () => {
		const html = await render(
			'[site](/news/) [abs](https://www.unodc.org/) [mail](mailto:a@example.org) ![photo](https://example.org/p.jpg)\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n1. one\n2. two\n\n<abbr title="United Nations">UN</abbr> <mark>m</mark> H<sub>2</sub>O',
		);
		for (const part of [
			'<a href="/news/">site</a>',
			'<a href="https://www.unodc.org/">abs</a>',
			'<a href="mailto:a@example.org">mail</a>',
			'<img src="https://example.org/p.jpg" alt="photo">',
			'<table>',
			'<th>a</th>',
			'<ol>',
			'<abbr title="United Nations">UN</abbr>',
			'<mark>m</mark>',
			'<sub>2</sub>',
		]) {
			expect(html).toContain(part);
		}
	});

	test('GFM task lists keep their text, without checkboxes', async () => {
		const html = await render('- [x] done\n- [ ] to do');
		expect(html).not.toContain('<input');
		expect(html).toMatch(/done/);
		expect(html).toMatch(/to do/);
	});

	test('GFM footnotes keep their links', async () => {
		const html = await render('Text[^1].\n\n[^1]: The note.');
		const refs = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]!);
		expect(refs.length).toBe(2);
		for (const ref of refs) expect(html).toContain(`id="${ref}"`);
	});
});
