import { describe, expect, test } from 'vitest';
import { absolutizeHtml, absolutizeUrl, prefixSitePaths } from '../../../src/lib/markdown/html-urls.ts';
import { absoluteUrl } from '../../../src/lib/routing/paths.ts';

const PAGE = 'https://www.example.org/sub/news/item/';
const sitePath = (path: string) => absoluteUrl(path, 'https://www.example.org', '/sub/');

describe('absolutizeUrl', () => {
	test.each([
		['/publications/x/', 'https://www.example.org/sub/publications/x/'],
		['/files/a.pdf', 'https://www.example.org/sub/files/a.pdf'],
		['picture.jpg', 'https://www.example.org/sub/news/item/picture.jpg'],
		['../other/', 'https://www.example.org/sub/news/other/'],
		['#notes', 'https://www.example.org/sub/news/item/#notes'],
		['https://www.unodc.org/x', 'https://www.unodc.org/x'],
		['//cdn.example.net/y.png', 'https://cdn.example.net/y.png'],
		['mailto:someone@example.org', 'mailto:someone@example.org'],
	])('%s → %s', (url, expected) => {
		expect(absolutizeUrl(url, PAGE, sitePath)).toBe(expected);
	});
});

describe('absolutizeHtml', () => {
	test('rewrites href and src, drops srcset, keeps text and escaping', () => {
		const html = '<p>A &amp; B &lt;tag&gt; <a href="/topics/x/">x</a> <img src="p.jpg" srcset="p2.jpg 2x" alt="&quot;q&quot;"></p>';
		expect(absolutizeHtml(html, PAGE, sitePath)).toBe(
			'<p>A &amp; B &lt;tag&gt; <a href="https://www.example.org/sub/topics/x/">x</a> <img src="https://www.example.org/sub/news/item/p.jpg" alt="&quot;q&quot;"></p>',
		);
	});
	test('empty input', () => {
		expect(absolutizeHtml('', PAGE, sitePath)).toBe('');
	});
});

describe('prefixSitePaths', () => {
	test.each([
		['<a href="/news/">x</a>', '/sub/path/', '<a href="/sub/path/news/">x</a>'],
		['<img src="/images/a.jpg" alt="">', '/sub/', '<img src="/sub/images/a.jpg" alt="">'],
		['<a href="/news/">x</a>', '/', '<a href="/news/">x</a>'],
		['<a href="//evil.example/">x</a>', '/sub/', '<a href="//evil.example/">x</a>'],
		['<a href="https://www.unodc.org/">x</a>', '/sub/', '<a href="https://www.unodc.org/">x</a>'],
		['<a href="#user-content-notes">x</a>', '/sub/', '<a href="#user-content-notes">x</a>'],
		['<p>see /news/ here</p>', '/sub/', '<p>see /news/ here</p>'],
	])('%s under %s', (html, base, expected) => {
		expect(prefixSitePaths(html, base)).toBe(expected);
	});
});
