/**
 * The documents of the static data API (/api/v1/), as Zod schemas: the site
 * publishes them as JSON Schemas (z.toJSONSchema) beside the documents, and
 * the tests validate every document against what was published. An entry's
 * `fields` are its type's front-matter schema, read in its input form (what
 * an editor writes, which the stored normal forms also satisfy).
 */
import { z } from 'astro/zod';

/** Where the API lives, under the site's base. */
export const API_ROOT = '/api/v1/';

/** Entries per page of a list. */
export const API_PAGE_SIZE = 100;

/** An entry as lists show it. */
export const apiSummary = z.strictObject({
	/** Entry type (news, events, publications). */
	type: z.string(),
	/** Slug, shared with its translations. */
	slug: z.string(),
	/** Language of the original (ISO 639-1). */
	lang: z.string(),
	/** Title of the original. */
	title: z.string(),
	/** Posting date, YYYY-MM-DD. */
	date: z.iso.date(),
	/** Summary, or an excerpt of the body. */
	summary: z.string(),
	/** Its page. */
	url: z.url(),
	/** Its entry document. */
	api: z.url(),
});

/** A downloadable file of an entry, with an absolute URL. */
const apiFile = z.strictObject({
	url: z.url(),
	lang: z.string(),
	format: z.string(),
	label: z.string().optional(),
	size: z.string().optional(),
	pages: z.int().min(1).optional(),
});

/** The document of one entry: its fields, the URLs of its page and files, and its translations. */
export const apiEntry = (type: string, fields: z.ZodType) =>
	z.strictObject({
		/** Entry type. */
		type: z.literal(type),
		/** Slug, shared with its translations. */
		slug: z.string(),
		/** Its page. */
		url: z.url(),
		/** This document. */
		api: z.url(),
		/** Its downloads, with absolute URLs. */
		files: z.array(apiFile),
		/** Publications: its references for citation managers. */
		citations: z.strictObject({ bib: z.url(), ris: z.url(), json: z.url() }).optional(),
		/** Its published translations, each with its page and translated words. */
		translations: z.array(z.strictObject({ lang: z.string(), title: z.string(), summary: z.string(), url: z.url() })),
		/** Its front matter as the site read it (identifiers in their normal form, defaults applied). */
		fields,
	});

/** One page of a list of entries, newest first. */
export const apiList = z.strictObject({
	/** This page. */
	self: z.url(),
	/** What is listed: all, a type, a topic, a region or a year. */
	kind: z.enum(['all', 'type', 'topic', 'region', 'year']),
	/** Which type, topic, region or year (none for all). */
	key: z.string().optional(),
	/** Entries in the whole list. */
	totalCount: z.int().min(0),
	/** This page's number, from 1. */
	page: z.int().min(1),
	/** Number of pages. */
	pageCount: z.int().min(1),
	/** Entries per page. */
	perPage: z.int().min(1),
	/** The next and previous pages, or null. */
	next: z.url().nullable(),
	prev: z.url().nullable(),
	items: z.array(apiSummary),
});

/** The API's index: everything it publishes. */
export const apiIndex = z.strictObject({
	/** API version. */
	version: z.literal('1'),
	/** The site. */
	site: z.url(),
	/** The developers' page. */
	documentation: z.url(),
	/** Every published entry, one JSON document a line. */
	dump: z.url(),
	/** Number of lines of the dump. */
	entryCount: z.int().min(0),
	/** JSON Schema of each document kind. */
	schemas: z.record(z.string(), z.url()),
	/** The first page of every list. */
	lists: z.array(z.strictObject({ kind: apiList.shape.kind, key: z.string().optional(), totalCount: z.int().min(0), first: z.url() })),
});
