import { afterEach, expect, test } from 'vitest';
import { outputFileOf, pageSink, setPageSink, type PageSink } from '../../../src/lib/build-cache/page-sink.ts';

test.each([
	['/', '/', 'index.html'],
	['/news/', '/', 'news/index.html'],
	['/news/a-b/', '/', 'news/a-b/index.html'],
	['/fr/news/page/2/', '/', 'fr/news/page/2/index.html'],
	['/feeds/all.rss/', '/', 'feeds/all.rss'],
	['/feeds/all.rss', '/', 'feeds/all.rss'],
	['/api/v1/index.json/', '/', 'api/v1/index.json'],
	['/robots.txt', '/', 'robots.txt'],
	['/unodc/', '/unodc/', 'index.html'],
	['/unodc/news/a/', '/unodc', 'news/a/index.html'],
	['/unodc/feeds/all.rss/', '/unodc/', 'feeds/all.rss'],
	['/other/news/', '/unodc/', undefined],
	['/unodcx/news/', '/unodc/', undefined],
])('outputFileOf(%s, base %s) is %s', (pathname, base, file) => {
	expect(outputFileOf(pathname, base)).toBe(file);
});

afterEach(() => setPageSink(undefined));

test('the sink is there only between setPageSink and its removal', async () => {
	expect(pageSink()).toBeUndefined();
	const taken: string[] = [];
	const sink: PageSink = { wants: () => true, take: async (pathname) => void taken.push(pathname) };
	setPageSink(sink);
	expect(pageSink()).toBe(sink);
	await pageSink()!.take('/news/', new TextEncoder().encode('<p>x</p>'));
	expect(taken).toEqual(['/news/']);
	setPageSink(undefined);
	expect(pageSink()).toBeUndefined();
});
