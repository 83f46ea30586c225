/**
 * Calendar dates. Entries carry dates as `YYYY-MM-DD` strings, never as `Date`
 * instants, so the day shown never depends on the build machine's time zone.
 * date-fns only sees local-noon `Date`s built from the three numbers, which are
 * the same calendar day in every zone.
 */
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Results of the two date-fns calls every listing row and page makes, by date
 * string: a site has at most a few thousand distinct dates, and date-fns'
 * parse and format cost about 0.1 ms each (seconds over a 10,000-entry build).
 */
const validDates = new Map<string, boolean>();
const displayDates = new Map<string, string>();

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

/** A local-noon `Date` for a calendar date: safe to hand to date-fns in any time zone. */
export function toLocalNoon(value: string): Date {
	if (!isCalendarDate(value)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
	const [year, month, day] = value.split('-').map(Number) as [number, number, number];
	return new Date(year, month - 1, day, 12);
}

/** Human date such as "7 March 2012". */
export function formatDisplayDate(value: string): string {
	let display = displayDates.get(value);
	if (display === undefined) {
		display = format(toLocalNoon(value), 'd MMMM yyyy');
		displayDates.set(value, display);
	}
	return display;
}

/** A range such as "3–5 March 2012", "28 February – 2 March 2012" or "30 December 2011 – 2 January 2012". */
export function formatDateRange(start: string, end: string | undefined): string {
	if (!end || end === start) return formatDisplayDate(start);
	const a = toLocalNoon(start);
	const b = toLocalNoon(end);
	if (a.getFullYear() !== b.getFullYear()) return `${formatDisplayDate(start)} – ${formatDisplayDate(end)}`;
	if (a.getMonth() !== b.getMonth()) return `${format(a, 'd MMMM')} – ${formatDisplayDate(end)}`;
	return `${format(a, 'd')}–${formatDisplayDate(end)}`;
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
