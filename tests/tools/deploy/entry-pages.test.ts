import { expect, test } from 'vitest';
import { countEntryPages, describeChange, shrinkProblem } from '../../../scripts/lib/deploy/entry-pages.ts';
import { TYPE_NAMES as ENTRY_TYPES } from '../../../src/entry-types/index.ts';

test('countEntryPages counts <type>/<slug>/index.html of the given types only, in every language', () => {
	const files = [
		'fr/news/a/index.html',
		'zh/events/y/index.html',
		'fr/news/index.html',
		'fr/news/page/2/index.html',
		'news/a/index.html',
		'news/b/index.html',
		'news/index.html',
		'news/page/2/index.html',
		'news/a/index.html.gz',
		'events/x/index.html',
		'topics/t/index.html',
		'publications//index.html',
	];
	expect(countEntryPages(files, ENTRY_TYPES)).toEqual({ news: 3, events: 2, publications: 0 });
	expect(countEntryPages(files, ['videos'])).toEqual({ videos: 0 });
});

test('describeChange names each type', () => {
	expect(describeChange({ news: 120, events: 40 }, { news: 3, events: 40, videos: 2 })).toBe('news 120 → 3 (−98 %), events 40 → 40, videos 0 → 2 (new)');
});

test.each([
	[{ news: 100 }, { news: 90 }, undefined],
	[{ news: 100 }, { news: 89 }, /89 entry pages, the live release 100: 11 % fewer, more than the 10 % .*news 100 → 89 .*--force/],
	[{ news: 50, events: 50 }, { news: 50, events: 0 }, /events 50 → 0 \(−100 %\)/],
	[{ news: 0 }, { news: 0 }, undefined],
	[{ news: 10 }, { news: 500 }, undefined],
])('shrinkProblem(%j, %j)', (live, next, expected) => {
	const problem = shrinkProblem(live, next);
	if (expected === undefined) expect(problem).toBeUndefined();
	else expect(problem).toMatch(expected);
});
