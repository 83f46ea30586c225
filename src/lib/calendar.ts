/**
 * iCalendar (RFC 5545) files for events, written by the `ics` package. Entries
 * know only dates, so events are all-day: DTSTART;VALUE=DATE on the first day
 * and an exclusive DTEND the day after the last. The UID is the event's
 * canonical URL, stable across builds; DTSTAMP is the posting date, so the
 * output is reproducible.
 */
import { createEvents, type EventAttributes } from 'ics';
import { nextCalendarDate, toDateParts, utcMidnight } from './feed-dates.ts';

/** PRODID of the site's calendars. */
export const CALENDAR_PRODUCT_ID = '-//UNODC//Smuggling of Migrants//EN';

/** What an event's calendar entry is made from; URLs are absolute. */
export interface CalendarEvent {
	uid: string;
	title: string;
	url: string;
	/** Posting date, YYYY-MM-DD. */
	date: string;
	/** First and last day, YYYY-MM-DD. */
	start: string;
	end: string;
	summary: string;
	location?: string | undefined;
	categories: readonly string[];
}

/** Escapes a CATEGORIES value (the library joins them with commas unescaped). */
const escapeText = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,');

function toAttributes(event: CalendarEvent): EventAttributes & { timestamp: number } {
	return {
		uid: event.uid,
		title: event.title,
		start: toDateParts(event.start),
		end: toDateParts(nextCalendarDate(event.end)),
		description: event.summary ? `${event.summary}\n\n${event.url}` : event.url,
		url: event.url,
		...(event.location ? { location: event.location } : {}),
		categories: event.categories.map(escapeText),
		status: 'CONFIRMED',
		transp: 'TRANSPARENT',
		timestamp: utcMidnight(event.date).getTime(),
	};
}

/** An iCalendar document holding `events`; `name` becomes the calendar's display name. */
export function renderCalendar(events: readonly CalendarEvent[], name: string, productId: string): string {
	const { error, value } = createEvents(events.map(toAttributes), { productId, calName: name });
	if (error || !value) throw error ?? new Error('ics: no output');
	return value;
}
