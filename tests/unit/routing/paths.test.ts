import { describe, expect, test } from 'vitest';
import {
	absoluteUrl,
	DEFAULT_LANG,
	langPrefix,
	languageOfPath,
	pathInLanguage,
	paths,
	pathsIn,
	withBase,
	withoutBase,
} from '../../../src/lib/routing/paths.ts';

describe('langPrefix', () => {
	test.each([
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
		['home', paths.home('en'), '/'],
		['home fr', paths.home('fr'), '/fr/'],
		['section', paths.section('en', 'news'), '/news/'],
		['section events', paths.section('en', 'events'), '/events/'],
		['section fr', paths.section('fr', 'publications'), '/fr/publications/'],
		['entry', paths.entry('en', 'news', 'new-unodc-paper'), '/news/new-unodc-paper/'],
		['entry es', paths.entry('es', 'publications', 'model-law'), '/es/publications/model-law/'],
		['year number', paths.year('en', 2012), '/archive/2012/'],
		['year string', paths.year('fr', '2012'), '/fr/archive/2012/'],
		['archive', paths.archive('en'), '/archive/'],
		['topic', paths.topic('en', 'legislation'), '/topics/legislation/'],
		['topics', paths.topics('ar'), '/ar/topics/'],
		['region', paths.region('en', 'africa'), '/regions/africa/'],
		['regions', paths.regions('en'), '/regions/'],
		['search', paths.search('en'), '/search/'],
		['feed', paths.feed('en', 'topics/legislation', 'rss'), '/feeds/topics/legislation.rss'],
		['feed zh', paths.feed('zh', 'all', 'json'), '/zh/feeds/all.json'],
		['calendar', paths.calendar('en', 'events'), '/feeds/events.ics'],
		['entry calendar', paths.entryCalendar('ru', 'events', 'workshop'), '/ru/events/workshop.ics'],
	])('%s → %s', (_, actual, expected) => {
		expect(actual).toBe(expected);
	});

	test('every page path is root-relative and ends with a slash', () => {
		const all = [
			paths.home('en'),
			paths.section('en', 'news'),
			paths.entry('fr', 'news', 'x'),
			paths.year('en', 2012),
			paths.archive('en'),
			paths.topic('en', 't'),
			paths.topics('en'),
			paths.region('en', 'r'),
			paths.regions('en'),
			paths.search('es'),
		];
		for (const path of all) expect(path).toMatch(/^\/(?:[a-z0-9-]+\/)*$/);
	});
});

describe('pathsIn', () => {
	test.each(['en', 'fr', 'ar'])('binds every helper to %s', (lang) => {
		const bound = pathsIn(lang);
		expect(Object.keys(bound).sort()).toEqual(Object.keys(paths).sort());
		expect(bound.home()).toBe(paths.home(lang));
		expect(bound.entry('events', 'x')).toBe(paths.entry(lang, 'events', 'x'));
		expect(bound.feed('all', 'atom')).toBe(paths.feed(lang, 'all', 'atom'));
	});
});

describe('languageOfPath', () => {
	const languages = ['en', 'fr', 'ar'];
	test.each([
		['/', '/', 'en'],
		['/news/x/', '/', 'en'],
		['/fr/', '/', 'fr'],
		['/fr/news/x/', '/', 'fr'],
		['/ar/feeds/all.rss', '/', 'ar'],
		['/en/news/', '/', 'en'],
		['/es/news/', '/', 'en'],
		['/frog/', '/', 'en'],
		['/sub/fr/news/', '/sub/', 'fr'],
		['/sub/news/', '/sub/', 'en'],
		['/sub/fr/', '/sub', 'fr'],
		['/fr/sub/', '/sub/', 'fr'],
	])('%s under base %s → %s', (pathname, base, expected) => {
		expect(languageOfPath(pathname, base, languages)).toBe(expected);
	});
});

describe('pathInLanguage', () => {
	test.each([
		['/news/', 'en', 'fr', '/fr/news/'],
		['/fr/news/page/2/', 'fr', 'ar', '/ar/news/page/2/'],
		['/fr/', 'fr', 'en', '/'],
		['/', 'en', 'zh', '/zh/'],
		['/ru/feeds/all.rss', 'ru', 'en', '/feeds/all.rss'],
	])('%s from %s to %s → %s', (path, from, to, expected) => {
		expect(pathInLanguage(path, from, to)).toBe(expected);
	});
});

describe('withoutBase', () => {
	test.each([
		['/sub/fr/news/', '/sub/', '/fr/news/'],
		['/sub/', '/sub/', '/'],
		['/sub', '/sub/', '/'],
		['/fr/news/', '/', '/fr/news/'],
		['/other/news/', '/sub/', '/other/news/'],
	])('%s under %s → %s', (pathname, base, expected) => {
		expect(withoutBase(pathname, base)).toBe(expected);
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
