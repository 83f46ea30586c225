/**
 * Calendar dates. Entries carry dates as `YYYY-MM-DD` strings, never as `Date`
 * instants, so the day never depends on the build machine's time zone.
 * date-fns only sees local-noon `Date`s built from the three numbers, which are
 * the same calendar day in every zone. Readers' forms are in ./format.ts.
 */
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Results of the date-fns check by date string: a site has few distinct dates, and every entry is checked. */
const validDates = new Map<string, boolean>();

/** True when `value` is a real calendar date written `YYYY-MM-DD` (no `2024-02-30`). */
export function isCalendarDate(value: string): boolean {
	if (!CALENDAR_DATE.test(value)) return false;
	let valid = validDates.get(value);
	if (valid === undefined) {
		const parsed = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1, 12));
		valid = isValid(parsed) && format(parsed, 'yyyy-MM-dd') === value;
		validDates.set(value, valid);
	}
	return valid;
}

/** The year of a calendar date, as a number. */
export function yearOf(value: string): number {
	return Number(value.slice(0, 4));
}

/** Today's calendar date where the build runs, or `BUILD_DATE` when set (reproducible builds, tests). */
export function todayCalendarDate(env: Record<string, string | undefined> = process.env): string {
	const fixed = env['BUILD_DATE'];
	if (fixed) {
		if (!isCalendarDate(fixed)) throw new RangeError(`BUILD_DATE must be YYYY-MM-DD, got ${JSON.stringify(fixed)}`);
		return fixed;
	}
	return format(new Date(), 'yyyy-MM-dd');
}

/** Newest first; ties broken by `id` so the order never depends on file-system order. */
export function compareNewestFirst(a: { date: string; id: string }, b: { date: string; id: string }): number {
	if (a.date !== b.date) return a.date < b.date ? 1 : -1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
