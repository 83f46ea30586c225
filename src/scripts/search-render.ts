/**
 * DOM for search results, built with createElement and textContent only: no
 * text from a query, an entry or the index is ever parsed as live HTML.
 * Pagefind's excerpts (escaped text with <mark> around matches) are read in an
 * inert document and copied as text and <mark> elements.
 */
import { formatDate } from '../lib/dates/format.ts';
import { textDirection } from '../lib/i18n/languages.ts';

export interface ResultData {
	url: string;
	/** Escaped text with <mark> around matches, "…" where it cuts the text (Pagefind's excerptEllipsis). */
	excerpt: string;
	/** The same as plain text. */
	plain_excerpt?: string;
	meta: Record<string, string | undefined>;
}

/** Text and <mark> nodes for a Pagefind excerpt. */
export function excerptNodes(excerpt: string): Node[] {
	const inert = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
	const nodes: Node[] = [];
	for (const node of inert.body.firstElementChild?.childNodes ?? []) {
		if (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			nodes.push(mark);
		} else {
			nodes.push(document.createTextNode(node.textContent ?? ''));
		}
	}
	return nodes;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** The page's words for what a result's metadata names. */
export interface ResultLabels {
	/** The type or publication kind label in the page's language, if the page knows it. */
	type: (meta: Record<string, string | undefined>) => string | undefined;
	/** "In French": for a result in another language than the page's. */
	otherLanguage: (lang: string) => string;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * One result as a card like the listings': type, date, linked title, excerpt;
 * a result in another language than the page's says so, and its words carry
 * their own language and direction.
 */
export function resultItem(result: ResultData, lang: string, labels?: ResultLabels): HTMLLIElement {
	const item = element('li');
	const card = element('article', 'card');
	const meta = element('p', 'card__meta');
	const section = /^[a-z]+$/.test(result.meta['section'] ?? '') ? result.meta['section'] : 'news';
	meta.append(element('span', `type-label type-label--${section}`, labels?.type(result.meta) ?? result.meta['type'] ?? ''));
	if (/^\d{4}-\d{2}-\d{2}$/.test(result.meta['date'] ?? '')) {
		const time = element('time', undefined, formatDate(result.meta['date']!, lang));
		time.dateTime = result.meta['date']!;
		meta.append(time);
	}
	const own = result.meta['lang'] ?? '';
	const foreign = LANGUAGE_TAG.test(own) && own !== lang;
	if (foreign && labels) meta.append(element('span', 'card__language', labels.otherLanguage(own)));
	const title = element('h2', 'card__title');
	const link = element('a', undefined, result.meta['title'] ?? result.url);
	link.href = /^(https?:\/\/|\/)/.test(result.url) ? result.url : '#';
	if (foreign) {
		link.hreflang = own;
		title.lang = own;
		title.dir = textDirection(own);
	}
	title.append(link);
	card.append(meta, title);
	// An entry with no text but its title has the title as its excerpt (Pagefind ends it with a full stop): not repeated.
	const bare = (text: string) => text.replace(/[\s.…]+$/u, '').trim();
	if (bare(result.plain_excerpt ?? '') !== bare(link.textContent)) {
		const summary = element('p', 'card__summary');
		if (foreign) {
			summary.lang = own;
			summary.dir = textDirection(own);
		}
		summary.append(...excerptNodes(result.excerpt));
		card.append(summary);
	}
	item.append(card);
	return item;
}
