/**
 * A feed as plain data, independent of its format: the RSS, Atom and JSON
 * Feed writers all read this. URLs are absolute; dates are calendar dates.
 */

export interface FeedItem {
	/** Stable identifier: the entry's absolute URL. */
	id: string;
	url: string;
	title: string;
	/** Posting date, YYYY-MM-DD (midnight UTC in the output). */
	date: string;
	/** Plain-text summary (never empty: the title when the entry has none). */
	summary: string;
	/** The full rendered body, HTML with absolute URLs. */
	contentHtml: string;
	/** Topics: slug (a safe token) and label. */
	categories: { term: string; label: string }[];
	lang: string;
	/** Absolute image URL. */
	image?: string | undefined;
}

export interface FeedChannel {
	title: string;
	description: string;
	lang: string;
	/** The page the feed follows. */
	homeUrl: string;
	/** The feed's own URL in the format being written. */
	selfUrl: string;
	/** Last change, YYYY-MM-DD: the newest item's date. */
	updated: string;
	/** Default image (absolute URL). */
	image?: string | undefined;
	/** Who publishes the feed. */
	author: { name: string; url: string };
	items: FeedItem[];
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML (and HTML5) element content and attribute values, with named entities only. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/**
 * Plain text made into HTML that reads as the same text: for the fields feed
 * readers render as HTML (RSS titles, descriptions and categories, Atom's
 * `type="html"`), where text escaped only once for XML reaches the reader as
 * live markup (`<img src=x onerror=…>` from a code span, `&lt;script&gt;` written
 * as text, "children < 18 & adults"). The XML writer then escapes the result again.
 */
export function textToHtml(text: string): string {
	return escapeXml(text);
}
