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
	/** Plain-text summary. */
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
