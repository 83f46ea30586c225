/** /events/<slug>.ics: an entry of a scheduled type with its own days, as an iCalendar file ("Add to calendar"). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteDeployment } from '../../../data/deployment.ts';
import { calendarEvent, hasCalendarDates } from '../../../data/feeds.ts';
import { langParam } from '../../../data/routes.ts';
import { getSite, toSummary } from '../../../data/site.ts';
import { pageLanguageOf } from '../../../translations/index.ts';
import { SCHEDULED_TYPES } from '../../../entry-types/index.ts';
import { cacheKeyOf } from '../../../lib/build-cache/cache-key.ts';
import { renderCalendar } from '../../../lib/feeds/calendar.ts';
import type { EntrySummary } from '../../../lib/site/site-index.ts';

export const getStaticPaths = (async () => {
	const site = await getSite();
	const { topics } = site;
	// Each version's calendar file beside its page. The calendar entry shows the summary and its topics' labels (calendarEvent in src/data/feeds.ts).
	return SCHEDULED_TYPES.flatMap((type) =>
		(site.index.byType[type] ?? [])
			.flatMap((work) => site.versions.get(work.id)!)
			.map((version) => toSummary(version))
			.filter(hasCalendarDates)
			.map((summary) => ({
				params: { lang: langParam(pageLanguageOf(summary.lang)), type, slug: summary.id },
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
	const event = calendarEvent(site, context.props.summary, siteDeployment(), context.locals.lang);
	return new Response(renderCalendar([event], context.props.summary.title), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
