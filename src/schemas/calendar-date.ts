import { z } from 'astro/zod';
import { isCalendarDate } from '../lib/dates/calendar-dates.ts';
import { describeValue, quote } from '../lib/text/quote.ts';

/** A calendar date written `YYYY-MM-DD`, kept as a string so no time zone can shift it. */
export const calendarDate = (what: string) =>
	z
		.string({
			error: (issue) =>
				// `date:` with no value reads as null: as good as missing.
				issue.input === undefined || issue.input === null
					? `required: add the ${what} as YYYY-MM-DD, for example 2012-03-07`
					: `must be the ${what} written YYYY-MM-DD, for example 2012-03-07 (got ${describeValue(issue.input)})`,
		})
		.refine(isCalendarDate, {
			error: (issue) => `${quote(String(issue.input))} is not a real calendar date: write the ${what} as YYYY-MM-DD, for example 2012-03-07`,
		});
