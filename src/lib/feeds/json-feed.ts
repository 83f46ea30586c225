/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) from a feed channel.
 * Written directly: the `feed` package only writes version 1.0, and the format
 * is plain JSON, which JSON.stringify escapes correctly. `title`, `summary` and
 * `tags` are plain text in JSON Feed, `content_html` HTML; characters no
 * output may carry are replaced as in the XML feeds.
 */
import { toRfc3339 } from '../dates/instants.ts';
import { replaceForbiddenCharacters } from '../text/characters.ts';
import type { FeedChannel } from './model.ts';

/** The JSON Feed 1.1 document of `channel`. */
export function renderJsonFeed(channel: FeedChannel): string {
	const author = { name: channel.author.name, url: channel.author.url };
	const feed = {
		version: 'https://jsonfeed.org/version/1.1',
		title: channel.title,
		home_page_url: channel.homeUrl,
		feed_url: channel.selfUrl,
		description: channel.description,
		language: channel.lang,
		...(channel.image ? { icon: channel.image } : {}),
		authors: [author],
		items: channel.items.map((item) => ({
			id: item.id,
			url: item.url,
			title: item.title,
			content_html: item.contentHtml,
			summary: item.summary,
			...(item.image ? { image: item.image } : {}),
			date_published: toRfc3339(item.date),
			tags: item.categories.map((category) => category.label),
			language: item.lang,
			authors: [author],
		})),
	};
	return `${JSON.stringify(feed, (_, value: unknown) => (typeof value === 'string' ? replaceForbiddenCharacters(value) : value), 2)}\n`;
}
