/**
 * Timestamps for feeds and calendars. Entries carry calendar dates
 * (`YYYY-MM-DD`); feeds need instants, so a date is read as midnight UTC of
 * that day. Everything here uses UTC getters only, so the output is identical
 * whatever the build machine's time zone.
 */
import { isCalendarDate } from './calendar-dates.ts';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function parts(value: string): [number, number, number] {
	if (!isCalendarDate(value)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
	return value.split('-').map(Number) as [number, number, number];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Midnight UTC at the start of the calendar day. */
export function utcMidnight(value: string): Date {
	const [year, month, day] = parts(value);
	return new Date(Date.UTC(year, month - 1, day));
}

/** RFC 822 (as updated by RFC 1123), for RSS: `Tue, 20 Sep 2011 00:00:00 GMT`. */
export function toRfc822(value: string): string {
	const date = utcMidnight(value);
	return `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} 00:00:00 GMT`;
}

/** RFC 3339, for Atom and JSON Feed: `2011-09-20T00:00:00Z`. */
export function toRfc3339(value: string): string {
	parts(value);
	return `${value}T00:00:00Z`;
}

/** The calendar day after `value` (an all-day event's exclusive end in iCalendar). */
export function nextCalendarDate(value: string): string {
	const date = utcMidnight(value);
	date.setUTCDate(date.getUTCDate() + 1);
	return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
