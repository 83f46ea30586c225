import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { renderCalendar, type CalendarEvent } from '../../../src/lib/feeds/calendar.ts';

const NASTY = `Fish & "chips" <b>; a, b \\ </script> ]]>`;

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
	uid: 'https://www.example.org/sub/events/meeting/',
	title: 'Expert Group Meeting',
	url: 'https://www.example.org/sub/events/meeting/',
	date: '2011-09-01',
	start: '2011-09-20',
	end: '2011-09-22',
	summary: 'Experts met.',
	location: 'Vienna, Austria',
	categories: ['Smuggling by sea', 'Law, and order'],
	...overrides,
});

function parse(ics: string): ICAL.Event[] {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	expect(calendar.name).toBe('vcalendar');
	return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('renderCalendar', () => {
	test('writes all-day events that an iCalendar parser reads back', () => {
		const ics = renderCalendar([event()], 'Events');
		expect(ics.split('\r\n').every((line) => line.length <= 75)).toBe(true);
		const [parsed] = parse(ics);
		expect(parsed!.uid).toBe('https://www.example.org/sub/events/meeting/');
		expect(parsed!.summary).toBe('Expert Group Meeting');
		expect(parsed!.location).toBe('Vienna, Austria');
		expect(parsed!.startDate.isDate).toBe(true);
		expect(parsed!.startDate.toString()).toBe('2011-09-20');
		// DTEND is exclusive: the day after the last day.
		expect(parsed!.endDate.toString()).toBe('2011-09-23');
		expect(parsed!.description).toContain('https://www.example.org/sub/events/meeting/');
		expect(parsed!.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2011-09-01T00:00:00Z');
		expect(parsed!.component.getFirstProperty('categories')?.getValues()).toEqual(['Smuggling by sea', 'Law, and order']);
	});

	test.each([
		['one day', '2011-09-20', '2011-09-20', '2011-09-21'],
		['over a month end', '2011-09-29', '2011-10-01', '2011-10-02'],
		['over a year end', '2011-12-30', '2012-01-02', '2012-01-03'],
	])('%s', (_, start, end, exclusiveEnd) => {
		const [parsed] = parse(renderCalendar([event({ start, end })], 'Events'));
		expect(parsed!.startDate.toString()).toBe(start);
		expect(parsed!.endDate.toString()).toBe(exclusiveEnd);
	});

	test('text with iCalendar and markup characters round-trips', () => {
		const [parsed] = parse(renderCalendar([event({ title: NASTY, summary: NASTY, location: NASTY })], NASTY));
		expect(parsed!.summary).toBe(NASTY);
		expect(parsed!.location).toBe(NASTY);
		expect(parsed!.description.startsWith(NASTY)).toBe(true);
	});

	test('a calendar of several events keeps one VEVENT each, with distinct UIDs', () => {
		const parsed = parse(renderCalendar([event(), event({ uid: 'https://www.example.org/sub/events/other/' })], 'Events'));
		expect(parsed.map((e) => e.uid)).toEqual(['https://www.example.org/sub/events/meeting/', 'https://www.example.org/sub/events/other/']);
	});

	test('an event without a location has no LOCATION', () => {
		const [parsed] = parse(renderCalendar([event({ location: undefined })], 'Events'));
		expect(parsed!.location).toBeNull();
	});

	test("the calendar carries its escaped name, the site's PRODID and PUBLISH", () => {
		const ics = renderCalendar([event()], NASTY);
		const calendar = new ICAL.Component(ICAL.parse(ics));
		// NAME (RFC 7986) and X-WR-CALNAME are TEXT (RFC 5545 3.3.11, 3.8.8.2): backslash, semicolon and comma escaped.
		// ical.js knows neither property, so it returns them as written.
		const escaped = NASTY.replace(/[\\;,]/g, (match) => `\\${match}`);
		expect(calendar.getFirstPropertyValue('name')).toBe(escaped);
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(escaped);
		expect(calendar.getFirstPropertyValue('prodid')).toBe('-//UNODC//Smuggling of Migrants//EN');
		expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
	});

	test('every line, the last one too, ends with CRLF and none is longer than 75 octets', () => {
		const ics = renderCalendar([event({ title: NASTY.repeat(5) })], 'Events');
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
	});

	test('an empty calendar is still a valid VCALENDAR', () => {
		expect(parse(renderCalendar([], 'Events'))).toEqual([]);
	});
});
