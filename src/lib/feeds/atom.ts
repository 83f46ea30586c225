/**
 * Atom 1.0 (RFC 4287) from a feed channel, written here rather than by the
 * `feed` package, whose writer wraps HTML in CDATA sections and ends each at
 * the first `]]>` only (a second one in a body would end the section early and
 * let the rest be read as markup), and leaves `<` unescaped in attributes.
 * Every value is escaped as XML text instead, so nothing depends on what the
 * body's HTML happens to contain. Titles and summaries are plain text in the
 * feed model: they are sent as `type="html"` escaped HTML (a title reading
 * `</script>` stays text in every reader), the body as the sanitised HTML.
 */
import { toRfc3339 } from '../dates/instants.ts';
import { replaceForbiddenCharacters } from '../text/characters.ts';
import { escapeXml, textToHtml, type FeedChannel } from './model.ts';

/** XML text or attribute value: forbidden characters replaced, markup escaped. */
const x = (text: string) => escapeXml(replaceForbiddenCharacters(text));
const instant = (date: string) => toRfc3339(date).replace(/Z$/, '.000Z');

/** The Atom 1.0 document of `channel`. */
export function renderAtom(channel: FeedChannel): string {
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(channel.lang)}">`,
		`    <id>${x(channel.selfUrl)}</id>`,
		`    <title>${x(channel.title)}</title>`,
		`    <updated>${instant(channel.updated)}</updated>`,
		`    <author>`,
		`        <name>${x(channel.author.name)}</name>`,
		`        <uri>${x(channel.author.url)}</uri>`,
		`    </author>`,
		`    <link rel="alternate" href="${x(channel.homeUrl)}"/>`,
		`    <link rel="self" href="${x(channel.selfUrl)}"/>`,
		`    <subtitle>${x(channel.description)}</subtitle>`,
		...(channel.image ? [`    <logo>${x(channel.image)}</logo>`] : []),
	];
	for (const item of channel.items) {
		lines.push(
			// An entry in another language than the feed's (an untranslated original) says so.
			item.lang && item.lang !== channel.lang ? `    <entry xml:lang="${x(item.lang)}">` : '    <entry>',
			`        <title type="html">${x(textToHtml(item.title))}</title>`,
			`        <id>${x(item.id)}</id>`,
			`        <link href="${x(item.url)}"/>`,
			`        <updated>${instant(item.date)}</updated>`,
			...(item.summary ? [`        <summary type="html">${x(textToHtml(item.summary))}</summary>`] : []),
			...(item.contentHtml ? [`        <content type="html">${x(item.contentHtml)}</content>`] : []),
			...item.categories.map(({ term, label }) => `        <category term="${x(term)}" label="${x(label)}"/>`),
			`        <published>${instant(item.date)}</published>`,
			'    </entry>',
		);
	}
	lines.push('</feed>');
	return lines.join('\n');
}
