/** /feeds/events.ics: every published entry of a scheduled type that has its own days, as a calendar readers can subscribe to. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteDeployment } from '../../../data/deployment.ts';
import { calendarEvent, hasCalendarDates } from '../../../data/feeds.ts';
import { typeLabels } from '../../../data/labels.ts';
import { inEveryLanguage } from '../../../data/routes.ts';
import { getSite, localized } from '../../../data/site.ts';
import { SCHEDULED_TYPES, type EntryType } from '../../../entry-types/index.ts';
import { renderCalendar } from '../../../lib/feeds/calendar.ts';

export const getStaticPaths = (() =>
	inEveryLanguage(() => SCHEDULED_TYPES.map((type) => ({ params: { calendar: type }, props: { type } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ type: EntryType }> = async (context) => {
	const site = await getSite();
	const { lang, t } = context.locals;
	const deployment = siteDeployment();
	const events = localized(site, site.index.byType[context.props.type] ?? [], lang)
		.filter(hasCalendarDates)
		.map((summary) => calendarEvent(site, summary, deployment, lang));
	const name = t('feeds.title', { name: typeLabels(context.props.type, lang).other, site: t('site.name') });
	return new Response(renderCalendar(events, name), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
