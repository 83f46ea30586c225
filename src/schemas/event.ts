import { z } from 'astro/zod';
import { isCalendarDate } from '../lib/dates/calendar-dates.ts';
import { calendarDate } from './calendar-date.ts';
import { entryFields } from './entry.ts';
import { text } from './text.ts';
import type { Vocabularies } from './vocabulary.ts';

/** Meetings, workshops and conferences. */
export const eventSchema = (vocabularies: Vocabularies) =>
	z
		.strictObject({
			...entryFields(vocabularies),
			/** First day of the event, YYYY-MM-DD. */
			startDate: calendarDate('first day of the event').optional(),
			/** Last day of the event, YYYY-MM-DD; not before startDate. */
			endDate: calendarDate('last day of the event').optional(),
			/** Where it takes place, such as "Vienna (Austria)". */
			location: text('where it takes place, such as Vienna (Austria)').optional(),
		})
		.superRefine((event, ctx) => {
			if (event.endDate && !event.startDate) ctx.addIssue({ code: 'custom', path: ['startDate'], message: 'required when endDate is set' });
			// Only two real dates are compared: a wrong one already has its own message.
			if (event.endDate && event.startDate && isCalendarDate(event.startDate) && isCalendarDate(event.endDate) && event.endDate < event.startDate) {
				ctx.addIssue({ code: 'custom', path: ['endDate'], message: `${event.endDate} is before startDate ${event.startDate}` });
			}
		});

export type EventData = z.infer<ReturnType<typeof eventSchema>>;
