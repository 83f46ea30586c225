/** /events/<slug>.ics: an entry of a scheduled type with its own days, as an iCalendar file ("Add to calendar"). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { deploymentOf } from '../../data/deployment.ts';
import { calendarEvent, hasCalendarDates } from '../../data/feeds.ts';
import { getSite } from '../../data/site.ts';
import { SCHEDULED_TYPES } from '../../entry-types/index.ts';
import { cacheKeyOf } from '../../lib/build-cache/cache-key.ts';
import { renderCalendar } from '../../lib/feeds/calendar.ts';
import type { EntrySummary } from '../../lib/site/site-index.ts';

export const getStaticPaths = (async () => {
	const { index, topics } = await getSite();
	// The calendar entry shows the summary and its topics' labels (calendarEvent in src/data/feeds.ts).
	return SCHEDULED_TYPES.flatMap((type) =>
		(index.byType[type] ?? []).filter(hasCalendarDates).map((summary) => ({
			params: { type, slug: summary.id },
			props: { summary },
			cacheKey: cacheKeyOf(
				summary,
				summary.topics.map((slug) => topics.get(slug)),
			),
		})),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ summary: EntrySummary }> = async (context) => {
	const site = await getSite();
	const event = calendarEvent(site, context.props.summary, deploymentOf(context), context.locals.lang);
	return new Response(renderCalendar([event], context.props.summary.title), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
