/** The preview pane's stylesheet (src/lib/admin/preview.ts). */
import { expect, test } from 'vitest';
import { linkedStylesheets, previewStyles } from '../../../src/lib/admin/preview.ts';

test('the stylesheets a built page links, in order, whatever the attribute quoting', () => {
	const html = `<head><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/a.1.css"><link href='/base/_astro/b.2.css' rel='stylesheet'><link rel=stylesheet href=/c.css><link rel="alternate" href="/feeds/all.rss"></head>`;
	expect(linkedStylesheets(html)).toEqual(['/_astro/a.1.css', '/base/_astro/b.2.css', '/c.css']);
});

test('imports them first (an @import after a rule is ignored), then the preview’s own rules', () => {
	const css = previewStyles(['/_astro/a.1.css', '/_astro/b"2.css']);
	expect(css.split('\n').filter((line) => line.startsWith('@import'))).toEqual(['@import url("/_astro/a.1.css");', '@import url("/_astro/b\\"2.css");']);
	expect(css.indexOf('@import')).toBeLessThan(css.indexOf('{'));
});
