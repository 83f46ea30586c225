import { describe, expect, test } from 'vitest';
import { absoluteUrl, DEFAULT_LANG, isExternalUrl, isSafeUrl, langPrefix, paths, withBase } from '../../../src/lib/routing/paths.ts';

describe('langPrefix', () => {
	test.each<[string | undefined, string]>([
		[undefined, '/'],
		['en', '/'],
		['fr', '/fr/'],
		['ar', '/ar/'],
	])('%s → %s', (lang, expected) => {
		expect(langPrefix(lang)).toBe(expected);
	});

	test('the default language is English', () => {
		expect(DEFAULT_LANG).toBe('en');
	});
});

describe('paths', () => {
	test.each<[string, string, string]>([
		['home', paths.home(), '/'],
		['home fr', paths.home('fr'), '/fr/'],
		['section', paths.section('news'), '/news/'],
		['section events', paths.section('events'), '/events/'],
		['section fr', paths.section('publications', 'fr'), '/fr/publications/'],
		['entry', paths.entry('news', 'new-unodc-paper'), '/news/new-unodc-paper/'],
		['entry en explicit', paths.entry('events', 'workshop', 'en'), '/events/workshop/'],
		['entry es', paths.entry('publications', 'model-law', 'es'), '/es/publications/model-law/'],
		['year number', paths.year(2012), '/archive/2012/'],
		['year string', paths.year('2012', 'fr'), '/fr/archive/2012/'],
		['archive', paths.archive(), '/archive/'],
		['topic', paths.topic('legislation'), '/topics/legislation/'],
		['topics', paths.topics('ar'), '/ar/topics/'],
		['region', paths.region('africa'), '/regions/africa/'],
		['regions', paths.regions(), '/regions/'],
		['search', paths.search(), '/search/'],
	])('%s → %s', (_, actual, expected) => {
		expect(actual).toBe(expected);
	});

	test('every path is root-relative and ends with a slash', () => {
		const all = [paths.home(), paths.section('news'), paths.entry('news', 'x'), paths.year(2012), paths.archive(), paths.topic('t'), paths.topics(), paths.region('r'), paths.regions(), paths.search()];
		for (const path of all) expect(path).toMatch(/^\/(?:[a-z0-9-]+\/)*$/);
	});
});

describe('withBase', () => {
	test.each([
		['/news/', '/', '/news/'],
		['/news/', '', '/news/'],
		['/news/', '/sub/', '/sub/news/'],
		['/news/', '/sub', '/sub/news/'],
		['/news/', '/a/b/', '/a/b/news/'],
		['/', '/sub/', '/sub/'],
		['/', '/', '/'],
		['https://www.unodc.org/x', '/sub/', 'https://www.unodc.org/x'],
		['mailto:info@example.org', '/sub/', 'mailto:info@example.org'],
		['#main', '/sub/', '#main'],
	])('%s under %j → %s', (path, base, expected) => {
		expect(withBase(path, base)).toBe(expected);
	});
});

describe('absoluteUrl', () => {
	test.each([
		['/news/', 'https://www.unodc.org', '/', 'https://www.unodc.org/news/'],
		['/news/', 'https://www.unodc.org', '/som/', 'https://www.unodc.org/som/news/'],
		['/', 'http://localhost:4321', '/', 'http://localhost:4321/'],
		['/news/a/', 'https://example.org/ignored/path', '/base/', 'https://example.org/base/news/a/'],
	])('%s on %s with base %s → %s', (path, site, base, expected) => {
		expect(absoluteUrl(path, site, base)).toBe(expected);
	});
});

describe('isSafeUrl', () => {
	test.each([
		['https://www.unodc.org/', true],
		['http://www.unodc.org/documents/paper.pdf', true],
		['HTTPS://WWW.UNODC.ORG/', true],
		['https://example.org/path?q=1#x', true],
		['/', true],
		['/documents/paper.pdf', true],
		['/news/some-entry/', true],
		['javascript:alert(1)', false],
		['JAVASCRIPT:alert(1)', false],
		['JavaScript:alert(1)', false],
		[' javascript:alert(1)', false],
		['\tjavascript:alert(1)', false],
		['java\nscript:alert(1)', false],
		['javascript:alert(1) ', false],
		['data:text/html,<script>alert(1)</script>', false],
		['DATA:image/png;base64,AAAA', false],
		['vbscript:msgbox(1)', false],
		['VBScript:msgbox(1)', false],
		['//evil.example', false],
		['//evil.example/path', false],
		['/\\evil.example', false],
		['\\\\evil.example', false],
		['file:///etc/passwd', false],
		['ftp://example.org/file', false],
		['mailto:someone@example.org', false],
		['relative/path', false],
		['paper.pdf', false],
		['#anchor', false],
		['', false],
		['http://', false],
		['https://exa mple.org', false],
		['https://example.org/\u0000', false],
	])('%j → %s', (url, expected) => {
		expect(isSafeUrl(url)).toBe(expected);
	});
});

describe('isExternalUrl', () => {
	test.each([
		['https://www.unodc.org/', true],
		['http://example.org', true],
		['HTTPS://EXAMPLE.ORG', true],
		['/news/', false],
		['//evil.example', false],
		['mailto:x@example.org', false],
		['#top', false],
		['', false],
	])('%j → %s', (url, expected) => {
		expect(isExternalUrl(url)).toBe(expected);
	});
});
