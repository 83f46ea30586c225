import { z } from 'astro/zod';
import { calendarDate } from './calendar-date.ts';
import { entryFields } from './entry.ts';
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
			location: z.string().trim().min(1).optional(),
		})
		.superRefine((event, ctx) => {
			if (event.endDate && !event.startDate) ctx.addIssue({ code: 'custom', path: ['startDate'], message: 'required when endDate is set' });
			if (event.endDate && event.startDate && event.endDate < event.startDate) {
				ctx.addIssue({ code: 'custom', path: ['endDate'], message: `${event.endDate} is before startDate ${event.startDate}` });
			}
		});

export type EventData = z.infer<ReturnType<typeof eventSchema>>;
