import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { formatDate, formatDateRange, formatMonth, standaloneMonthNames } from '../../../src/lib/dates/format.ts';

const MODULE = pathToFileURL(fileURLToPath(new URL('../../../src/lib/dates/format.ts', import.meta.url))).href;
const NBSP = '\u00a0';

describe('formatDate', () => {
	test.each([
		['en', '2012-03-07', '7 March 2012'],
		['en', '2000-01-01', '1 January 2000'],
		['en', '2024-02-29', '29 February 2024'],
		['en', '1999-12-31', '31 December 1999'],
		['fr', '2012-03-07', '7 mars 2012'],
		['fr', '2012-03-01', '1er mars 2012'],
		['fr', '2012-08-15', '15 août 2012'],
		['es', '2012-03-07', '7 de marzo de 2012'],
		['es', '2012-03-01', '1 de marzo de 2012'],
		['ru', '2012-03-07', `7 марта 2012${NBSP}г.`],
		['ru', '2012-05-09', `9 мая 2012${NBSP}г.`],
		['zh', '2012-03-07', '2012年3月7日'],
		['zh', '2011-12-19', '2011年12月19日'],
		['ar', '2012-03-07', '7 آذار/مارس 2012'],
		['ar', '2012-06-01', '1 حزيران/يونيه 2012'],
		['ar', '2012-07-04', '4 تموز/يوليه 2012'],
		// A language without rules of its own is written as English is.
		['de', '2012-03-07', '7 March 2012'],
	])('%s %s → %s', (lang, value, expected) => {
		expect(formatDate(value, lang)).toBe(expected);
	});

	test.each(['2024-02-30', '2012-13-01', '', '7 March 2012', '2012-3-7'])('refuses %j', (value) => {
		expect(() => formatDate(value, 'en')).toThrow(RangeError);
	});
});

describe('formatDateRange', () => {
	test.each<[string, string, string | undefined, string]>([
		['en', '2012-03-07', undefined, '7 March 2012'],
		['en', '2012-03-07', '', '7 March 2012'],
		['en', '2012-03-07', '2012-03-07', '7 March 2012'],
		['en', '2012-03-03', '2012-03-05', '3–5 March 2012'],
		['en', '2012-03-01', '2012-03-31', '1–31 March 2012'],
		['en', '2012-02-28', '2012-03-02', '28 February – 2 March 2012'],
		['en', '2011-12-30', '2012-01-02', '30 December 2011 – 2 January 2012'],
		['en', '2011-03-03', '2012-03-05', '3 March 2011 – 5 March 2012'],
		['fr', '2012-03-03', '2012-03-05', '3–5 mars 2012'],
		['fr', '2012-03-01', '2012-03-03', '1er–3 mars 2012'],
		['fr', '2012-02-28', '2012-03-02', '28 février – 2 mars 2012'],
		['es', '2012-03-03', '2012-03-05', '3 a 5 de marzo de 2012'],
		['es', '2012-02-28', '2012-03-02', '28 de febrero a 2 de marzo de 2012'],
		['es', '2011-12-30', '2012-01-02', '30 de diciembre de 2011 a 2 de enero de 2012'],
		['ru', '2012-03-03', '2012-03-05', `3–5 марта 2012${NBSP}г.`],
		['ru', '2011-12-30', '2012-01-02', `30 декабря 2011${NBSP}г. – 2 января 2012${NBSP}г.`],
		['zh', '2012-03-03', '2012-03-05', '2012年3月3日至5日'],
		['zh', '2012-02-28', '2012-03-02', '2012年2月28日至3月2日'],
		['zh', '2011-12-30', '2012-01-02', '2011年12月30日至2012年1月2日'],
		['ar', '2012-03-03', '2012-03-05', '3-5 آذار/مارس 2012'],
		['ar', '2012-02-28', '2012-03-02', '28 شباط/فبراير - 2 آذار/مارس 2012'],
		['ar', '2011-12-30', '2012-01-02', '30 كانون الأول/ديسمبر 2011 - 2 كانون الثاني/يناير 2012'],
	])('%s %s to %s → %s', (lang, start, end, expected) => {
		expect(formatDateRange(start, end, lang)).toBe(expected);
	});

	test.each([
		['2012-02-30', '2012-03-02'],
		['2012-03-02', '2012-02-30'],
	])('refuses an impossible date in %s – %s', (start, end) => {
		expect(() => formatDateRange(start, end, 'en')).toThrow(RangeError);
	});
});

/** Runs the module in a fresh Node process with `TZ` set, since Node caches the zone at first Date use. */
function inTimeZone(tz: string): Record<string, unknown> {
	const snippet = `
		const d = await import(${JSON.stringify(MODULE)});
		console.log(JSON.stringify({
			offset: new Date(2012, 2, 7, 12).getTimezoneOffset(),
			dates: ['en', 'fr', 'es', 'ru', 'zh', 'ar'].map((lang) => [d.formatDate('2012-01-01', lang), d.formatDate('2011-12-31', lang), d.formatDateRange('2011-12-30', '2012-01-02', lang)]),
		}));`;
	return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', snippet], { env: { ...process.env, TZ: tz }, encoding: 'utf8' })) as Record<
		string,
		unknown
	>;
}

describe('dates are the same days in every time zone', () => {
	const utc = inTimeZone('UTC');
	test.each([
		['Pacific/Kiritimati', -14 * 60],
		['Pacific/Pago_Pago', 11 * 60],
		['America/St_Johns', 210],
	])('TZ=%s', (tz, offset) => {
		const result = inTimeZone(tz);
		expect(result['offset']).toBe(offset);
		expect(result['dates']).toEqual(utc['dates']);
		expect((result['dates'] as string[][])[0]).toEqual(['1 January 2012', '31 December 2011', '30 December 2011 – 2 January 2012']);
	});
});

describe('formatMonth and standaloneMonthNames', () => {
	test.each([
		['en', '2011-03', 'March 2011'],
		['en', '2011', '2011'],
		['fr', '2011-08', 'août 2011'],
		['es', '2011-03', 'marzo de 2011'],
		['ru', '2011-03', `март 2011${NBSP}г.`],
		['ru', '2011', `2011${NBSP}г.`],
		['zh', '2011-03', '2011年3月'],
		['zh', '2011', '2011年'],
		['ar', '2011-03', 'آذار/مارس 2011'],
		['de', '2011-12', 'December 2011'],
	])('%s %s → %s', (lang, value, expected) => {
		expect(formatMonth(value, lang)).toBe(expected);
	});

	test.each(['2011-13', '2011-3', '11', '2011-03-07', ''])('refuses %j', (value) => {
		expect(() => formatMonth(value, 'en')).toThrow(RangeError);
	});

	test.each([
		['en', 'January', 'December'],
		['ru', 'январь', 'декабрь'],
		['zh', '1月', '12月'],
		['ar', 'كانون الثاني/يناير', 'كانون الأول/ديسمبر'],
	])('%s months run from %s to %s', (lang, first, last) => {
		const names = standaloneMonthNames(lang);
		expect(names).toHaveLength(12);
		expect([names[0], names[11]]).toEqual([first, last]);
	});
});
