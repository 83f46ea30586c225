import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { nextCalendarDate, toRfc3339, toRfc822, utcMidnight } from '../../../src/lib/dates/instants.ts';

const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe('feed timestamps are midnight UTC of the calendar day', () => {
	test.each([
		['2011-09-20', 'Tue, 20 Sep 2011 00:00:00 GMT', '2011-09-20T00:00:00Z'],
		['2012-03-07', 'Wed, 07 Mar 2012 00:00:00 GMT', '2012-03-07T00:00:00Z'],
		['2024-02-29', 'Thu, 29 Feb 2024 00:00:00 GMT', '2024-02-29T00:00:00Z'],
		['1999-12-31', 'Fri, 31 Dec 1999 00:00:00 GMT', '1999-12-31T00:00:00Z'],
		['2026-01-01', 'Thu, 01 Jan 2026 00:00:00 GMT', '2026-01-01T00:00:00Z'],
	])('%s', (date, rfc822, rfc3339) => {
		expect(toRfc822(date)).toBe(rfc822);
		expect(toRfc822(date)).toMatch(RFC822);
		expect(toRfc3339(date)).toBe(rfc3339);
		expect(toRfc3339(date)).toMatch(RFC3339);
		expect(utcMidnight(date).toISOString()).toBe(`${date}T00:00:00.000Z`);
		// Matches what Date#toUTCString (used by @astrojs/rss) writes.
		expect(utcMidnight(date).toUTCString()).toBe(rfc822);
	});

	test.each([
		['2011-09-20', '2011-09-21'],
		['2024-02-28', '2024-02-29'],
		['2023-02-28', '2023-03-01'],
		['2011-12-31', '2012-01-01'],
	])('the day after %s is %s', (date, next) => {
		expect(nextCalendarDate(date)).toBe(next);
	});

	test.each(['2024-02-30', '2012-3-7', '', '2012-03-07T00:00'])('rejects %j', (bad) => {
		expect(() => toRfc822(bad)).toThrow(RangeError);
		expect(() => toRfc3339(bad)).toThrow(RangeError);
	});
});

const MODULES = {
	dates: pathToFileURL(fileURLToPath(new URL('../../../src/lib/dates/instants.ts', import.meta.url))).href,
	rss: pathToFileURL(fileURLToPath(new URL('../../../src/lib/feeds/rss.ts', import.meta.url))).href,
	atom: pathToFileURL(fileURLToPath(new URL('../../../src/lib/feeds/atom.ts', import.meta.url))).href,
	json: pathToFileURL(fileURLToPath(new URL('../../../src/lib/feeds/json-feed.ts', import.meta.url))).href,
	ics: pathToFileURL(fileURLToPath(new URL('../../../src/lib/feeds/calendar.ts', import.meta.url))).href,
};

/** Writes every format in a child Node process running under `tz`. */
function outputsIn(tz: string): Record<string, string> {
	const snippet = `
		const d = await import(${JSON.stringify(MODULES.dates)});
		const { renderRss } = await import(${JSON.stringify(MODULES.rss)});
		const { renderAtom } = await import(${JSON.stringify(MODULES.atom)});
		const { renderJsonFeed } = await import(${JSON.stringify(MODULES.json)});
		const { renderCalendar } = await import(${JSON.stringify(MODULES.ics)});
		const item = { id: 'https://example.org/news/a/', url: 'https://example.org/news/a/', title: 'A', date: '2011-12-31', summary: 'S', contentHtml: '<p>x</p>', categories: [], lang: 'en' };
		const channel = { title: 'T', description: 'D', lang: 'en', homeUrl: 'https://example.org/', selfUrl: 'https://example.org/feeds/all.rss', updated: '2011-12-31', author: { name: 'O', url: 'https://example.org/' }, items: [item] };
		const event = { uid: 'u', title: 'E', url: 'https://example.org/events/e/', date: '2011-12-31', start: '2011-12-31', end: '2012-01-01', summary: '', categories: [] };
		console.log(JSON.stringify({
			offset: String(new Date(2012, 0, 1).getTimezoneOffset()),
			rfc822: d.toRfc822('2011-12-31'), rfc3339: d.toRfc3339('2011-12-31'), next: d.nextCalendarDate('2011-12-31'),
			rss: await renderRss(channel), atom: renderAtom(channel), json: renderJsonFeed(channel), ics: renderCalendar([event], 'C', 'P'),
		}));`;
	const out = execFileSync(process.execPath, ['--input-type=module', '-e', snippet], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
	return JSON.parse(out) as Record<string, string>;
}

describe('feeds and calendars are identical in every time zone', () => {
	const reference = outputsIn('UTC');
	test.each([
		['Pacific/Kiritimati', String(-14 * 60)],
		['Pacific/Pago_Pago', String(11 * 60)],
	])('TZ=%s', (tz, offset) => {
		const { offset: actual, ...outputs } = outputsIn(tz);
		expect(actual).toBe(offset);
		const { offset: _, ...expected } = reference;
		expect(outputs).toEqual(expected);
		expect(outputs['rss']).toContain('<pubDate>Sat, 31 Dec 2011 00:00:00 GMT</pubDate>');
		expect(outputs['atom']).toContain('<updated>2011-12-31T00:00:00.000Z</updated>');
		expect(outputs['json']).toContain('"date_published": "2011-12-31T00:00:00Z"');
		expect(outputs['ics']).toContain('DTSTART;VALUE=DATE:20111231');
		expect(outputs['ics']).toContain('DTEND;VALUE=DATE:20120102');
	});
});
