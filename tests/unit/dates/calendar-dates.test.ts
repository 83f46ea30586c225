import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'date-fns';
import { describe, expect, test } from 'vitest';
import { compareNewestFirst, isCalendarDate, todayCalendarDate, yearOf } from '../../../src/lib/dates/calendar-dates.ts';

const DATES_MODULE = pathToFileURL(fileURLToPath(new URL('../../../src/lib/dates/calendar-dates.ts', import.meta.url))).href;

describe('isCalendarDate', () => {
	test.each([
		['2012-03-07', true],
		['2024-02-29', true],
		['2000-02-29', true],
		['1999-12-31', true],
		['2012-01-01', true],
		['2023-02-29', false],
		['1900-02-29', false],
		['2024-02-30', false],
		['2024-04-31', false],
		['2012-13-01', false],
		['2012-00-10', false],
		['2012-01-00', false],
		['2012-01-32', false],
		['2012-3-7', false],
		['12-03-07', false],
		['20120307', false],
		['2012/03/07', false],
		['07-03-2012', false],
		['2012-03-07T10:00', false],
		['2012-03-07 ', false],
		[' 2012-03-07', false],
		['2012-03-07\n', false],
		['', false],
		['today', false],
	])('%j → %s', (value, expected) => {
		expect(isCalendarDate(value)).toBe(expected);
	});
});

describe('yearOf', () => {
	test.each([
		['2012-03-07', 2012],
		['1999-12-31', 1999],
		['2000-01-01', 2000],
	])('%s → %i', (value, year) => {
		expect(yearOf(value)).toBe(year);
	});
});

describe('todayCalendarDate', () => {
	test.each(['2012-03-07', '2024-02-29', '1999-12-31'])('BUILD_DATE=%s is used as is', (value) => {
		expect(todayCalendarDate({ BUILD_DATE: value })).toBe(value);
	});

	test.each(['2024-02-30', '07/03/2012', '2012-03-07T00:00', 'tomorrow'])('BUILD_DATE=%j is refused', (value) => {
		expect(() => todayCalendarDate({ BUILD_DATE: value })).toThrow(/BUILD_DATE must be YYYY-MM-DD/);
	});

	test.each<[string, Record<string, string | undefined>]>([
		['unset', {}],
		['empty', { BUILD_DATE: '' }],
		['undefined', { BUILD_DATE: undefined }],
	])('BUILD_DATE %s → the local calendar date', (_, env) => {
		const before = format(new Date(), 'yyyy-MM-dd');
		const today = todayCalendarDate(env);
		const after = format(new Date(), 'yyyy-MM-dd');
		expect(isCalendarDate(today)).toBe(true);
		expect([before, after]).toContain(today);
	});

	test('reads process.env by default', () => {
		const saved = process.env['BUILD_DATE'];
		process.env['BUILD_DATE'] = '2001-09-11';
		try {
			expect(todayCalendarDate()).toBe('2001-09-11');
		} finally {
			if (saved === undefined) delete process.env['BUILD_DATE'];
			else process.env['BUILD_DATE'] = saved;
		}
	});
});

describe('compareNewestFirst', () => {
	test.each([
		[{ date: '2012-03-07', id: 'a' }, { date: '2011-03-07', id: 'b' }, -1],
		[{ date: '2011-03-07', id: 'a' }, { date: '2012-03-07', id: 'b' }, 1],
		[{ date: '2012-03-07', id: 'a' }, { date: '2012-03-07', id: 'b' }, -1],
		[{ date: '2012-03-07', id: 'b' }, { date: '2012-03-07', id: 'a' }, 1],
		[{ date: '2012-03-07', id: 'a' }, { date: '2012-03-07', id: 'a' }, 0],
		[{ date: '2012-12-31', id: 'z' }, { date: '2012-01-01', id: 'a' }, -1],
	])('%o vs %o → %i', (a, b, sign) => {
		expect(Math.sign(compareNewestFirst(a, b))).toBe(sign);
	});

	test('sorts newest first, ties by id, whatever the input order', () => {
		const entries = [
			{ date: '2011-01-01', id: 'old' },
			{ date: '2012-03-07', id: 'b-same-day' },
			{ date: '2013-06-01', id: 'newest' },
			{ date: '2012-03-07', id: 'a-same-day' },
			{ date: '2012-03-07', id: 'c-same-day' },
		];
		const expected = ['newest', 'a-same-day', 'b-same-day', 'c-same-day', 'old'];
		expect([...entries].sort(compareNewestFirst).map((e) => e.id)).toEqual(expected);
		expect(
			[...entries]
				.reverse()
				.sort(compareNewestFirst)
				.map((e) => e.id),
		).toEqual(expected);
	});
});

/** Runs dates.ts in a fresh Node process with `TZ` set, since Node caches the zone at first Date use. */
function inTimeZone(tz: string): Record<string, unknown> {
	const snippet = `
		const d = await import(${JSON.stringify(DATES_MODULE)});
		console.log(JSON.stringify({
			offset: new Date(2012, 2, 7, 12).getTimezoneOffset(),
			valid: d.isCalendarDate('2024-02-29'),
			invalid: d.isCalendarDate('2024-02-30'),
			buildDate: d.todayCalendarDate({ BUILD_DATE: '2012-03-07' }),
			today: d.todayCalendarDate({}),
			zoneToday: new Intl.DateTimeFormat('en-CA', { timeZone: ${JSON.stringify(tz)}, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date()),
		}));`;
	const out = execFileSync(process.execPath, ['--input-type=module', '-e', snippet], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
	return JSON.parse(out) as Record<string, unknown>;
}

describe('dates do not depend on the time zone of the build machine', () => {
	test.each([
		['UTC', 0],
		['Pacific/Kiritimati', -14 * 60],
		['Pacific/Pago_Pago', 11 * 60],
		['Asia/Kolkata', -330],
		['America/St_Johns', 210],
	])('TZ=%s', (tz, offset) => {
		const result = inTimeZone(tz);
		// The child really ran in that zone.
		expect(result['offset']).toBe(offset);
		expect(result).toMatchObject({
			valid: true,
			invalid: false,
			buildDate: '2012-03-07',
		});
		// Without BUILD_DATE, "today" is the calendar date in the build machine's zone (midnight races aside).
		expect(result['today']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(result['today']).toBe(result['zoneToday']);
	});
});
