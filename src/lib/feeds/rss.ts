/**
 * RSS 2.0 from a feed channel, written by @astrojs/rss (full content in
 * `content:encoded`). RSS readers render titles, descriptions and categories
 * as HTML, so the model's plain text is escaped as HTML before the writer
 * escapes it for XML (textToHtml); no character XML forbids is written.
 */
import { getRssString } from '@astrojs/rss';
import { utcMidnight, toRfc822 } from '../dates/instants.ts';
import { replaceForbiddenCharacters as clean } from '../text/characters.ts';
import { escapeXml, textToHtml, type FeedChannel } from './model.ts';

/** Plain text for an HTML-typed RSS field. */
const html = (text: string) => textToHtml(clean(text));

/** The RSS 2.0 document of `channel`. */
export function renderRss(channel: FeedChannel): Promise<string> {
	const customData = [
		`<language>${escapeXml(clean(channel.lang))}</language>`,
		`<lastBuildDate>${toRfc822(channel.updated)}</lastBuildDate>`,
		`<atom:link href="${escapeXml(clean(channel.selfUrl))}" rel="self" type="application/rss+xml"/>`,
		channel.image
			? `<image><url>${escapeXml(clean(channel.image))}</url><title>${escapeXml(html(channel.title))}</title><link>${escapeXml(clean(channel.homeUrl))}</link></image>`
			: '',
	].join('');
	return getRssString({
		title: html(channel.title),
		description: html(channel.description),
		site: clean(channel.homeUrl),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData,
		items: channel.items.map((item) => ({
			title: html(item.title),
			link: clean(item.url),
			pubDate: utcMidnight(item.date),
			description: html(item.summary),
			content: clean(item.contentHtml),
			categories: item.categories.map((category) => html(category.label)),
		})),
	});
}
