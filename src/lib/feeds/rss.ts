/** RSS 2.0 from a feed channel, written by @astrojs/rss (full content in `content:encoded`). */
import { getRssString } from '@astrojs/rss';
import { utcMidnight, toRfc822 } from '../dates/instants.ts';
import { escapeXml, type FeedChannel } from './model.ts';

/** The RSS 2.0 document of `channel`. */
export function renderRss(channel: FeedChannel): Promise<string> {
	const customData = [
		`<language>${escapeXml(channel.lang)}</language>`,
		`<lastBuildDate>${toRfc822(channel.updated)}</lastBuildDate>`,
		`<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
		channel.image
			? `<image><url>${escapeXml(channel.image)}</url><title>${escapeXml(channel.title)}</title><link>${escapeXml(channel.homeUrl)}</link></image>`
			: '',
	].join('');
	return getRssString({
		title: channel.title,
		description: channel.description,
		site: channel.homeUrl,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData,
		items: channel.items.map((item) => ({
			title: item.title,
			link: item.url,
			pubDate: utcMidnight(item.date),
			description: item.summary,
			content: item.contentHtml,
			categories: item.categories.map((category) => category.label),
		})),
	});
}
