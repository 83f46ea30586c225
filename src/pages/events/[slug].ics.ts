/** /events/<slug>.ics: one event as an iCalendar file ("Add to calendar"). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarEvent } from '../../data/feeds.ts';
import { getSite } from '../../data/site.ts';
import { cacheKeyOf } from '../../lib/build-cache/cache-key.ts';
import { renderCalendar } from '../../lib/feeds/calendar.ts';
import type { EntrySummary } from '../../lib/site/site-index.ts';

export const getStaticPaths = (async () => {
	const { index, topics } = await getSite();
	// The calendar entry shows the summary and its topics' labels (calendarEvent in src/data/feeds.ts).
	return index.byType.events.map((summary) => ({ params: { slug: summary.id }, props: { summary }, cacheKey: cacheKeyOf(summary, summary.topics.map((slug) => topics.get(slug))) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ summary: EntrySummary }> = async ({ props, site: siteUrl }) => {
	const site = await getSite();
	const event = calendarEvent(site, props.summary, { site: siteUrl!.href, base: import.meta.env.BASE_URL });
	return new Response(renderCalendar([event], props.summary.title), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
