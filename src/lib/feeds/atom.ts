/**
 * Atom 1.0 from a feed channel, written by the `feed` package. It puts entry
 * titles and summaries in `type="html"` CDATA, so plain text is HTML-escaped
 * first (a title reading `</script>` stays text in every reader).
 */
import { Feed } from 'feed';
import { utcMidnight } from '../dates/instants.ts';
import { escapeXml, type FeedChannel } from './model.ts';

/** The Atom 1.0 document of `channel`. */
export function renderAtom(channel: FeedChannel): string {
	const feed = new Feed({
		id: channel.selfUrl,
		title: channel.title,
		description: channel.description,
		link: channel.homeUrl,
		feed: channel.selfUrl,
		language: channel.lang,
		updated: utcMidnight(channel.updated),
		author: { name: channel.author.name, link: channel.author.url },
		generator: false,
		...(channel.image ? { image: channel.image } : {}),
	});
	for (const item of channel.items) {
		feed.addItem({
			id: item.id,
			link: item.url,
			title: escapeXml(item.title),
			date: utcMidnight(item.date),
			published: utcMidnight(item.date),
			description: escapeXml(item.summary),
			content: item.contentHtml,
			// The library escapes `&` and `"` in attributes but not `<`: a label with `<` is left out (the slug term remains).
			category: item.categories.map(({ term, label }) => ({ term, ...(label.includes('<') ? {} : { name: label }) })),
		});
	}
	return feed.atom1();
}
