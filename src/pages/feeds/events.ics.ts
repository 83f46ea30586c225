/** /feeds/events.ics: every published event, as a calendar readers can subscribe to. */
import type { APIRoute } from 'astro';
import { calendarEvent } from '../../data/feeds.ts';
import { getSite } from '../../data/site.ts';
import { renderCalendar } from '../../lib/feeds/calendar.ts';
import { useTranslations } from '../../lib/i18n/translate.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
	const site = await getSite();
	const t = useTranslations();
	const deployment = { site: siteUrl!.href, base: import.meta.env.BASE_URL };
	const events = site.index.byType.events.map((summary) => calendarEvent(site, summary, deployment));
	return new Response(renderCalendar(events, t('feeds.calendar.title', { site: t('site.name') })), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
