/**
 * iCalendar (RFC 5545) files for events, written by `ical-generator`. Entries
 * know only dates, so events are all-day: DTSTART;VALUE=DATE on the first day
 * and an exclusive DTEND the day after the last, both given as UTC midnights,
 * which the library writes with UTC getters: the same days in every time zone.
 * The UID is the event's canonical URL, stable across builds; DTSTAMP is the
 * posting date, so the output is reproducible. RFC 5545 forbids control
 * characters in text: any that reach the writer are replaced.
 *
 * (Chosen over the `ics` package, whose validation of every event with yup
 * cost seconds on a large site.)
 */
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { nextCalendarDate, utcMidnight } from '../dates/instants.ts';
import { replaceForbiddenCharacters as clean } from '../text/characters.ts';

/** PRODID of the site's calendars (ical-generator writes the leading `-`). */
const PRODUCT_ID = { company: 'UNODC', product: 'Smuggling of Migrants', language: 'EN' } as const;

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

/** A TEXT value escaped as RFC 5545 asks; the library leaves the calendar name as given. */
const escapeText = (text: string) =>
	clean(text)
		.replace(/[\\;,]/g, (match) => `\\${match}`)
		.replace(/\r\n|\r|\n/g, '\\n');

/** An iCalendar document holding `events`; `name` becomes the calendar's display name. */
export function renderCalendar(events: readonly CalendarEvent[], name: string): string {
	const calendar = ical({ prodId: PRODUCT_ID, name: escapeText(name), method: ICalCalendarMethod.PUBLISH, scale: 'GREGORIAN', ttl: 60 * 60 });
	for (const event of events) {
		calendar.createEvent({
			id: clean(event.uid),
			summary: clean(event.title),
			allDay: true,
			start: utcMidnight(event.start),
			end: utcMidnight(nextCalendarDate(event.end)),
			stamp: utcMidnight(event.date),
			description: clean(event.summary ? `${event.summary}\n\n${event.url}` : event.url),
			url: clean(event.url),
			...(event.location ? { location: clean(event.location) } : {}),
			categories: event.categories.map((category) => ({ name: clean(category) })),
			status: ICalEventStatus.CONFIRMED,
			transparency: ICalEventTransparency.TRANSPARENT,
		});
	}
	// Every line of an iCalendar object ends with CRLF, the last one too.
	return `${calendar.toString().replace(/\r?\n?$/, '')}\r\n`;
}
