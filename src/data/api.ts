/**
 * The static data API (/api/v1/, documented on the developers' page): one
 * document per entry, paged lists per type, topic, region and year, a bulk
 * NDJSON dump and the JSON Schemas of all of them (src/schemas/api.ts). Made
 * once per build from the published site; every document is a function of
 * the content alone (no build time), so identical builds give identical bytes.
 */
import { z } from 'astro/zod';
import { entryType, TYPE_NAMES } from '../entry-types/index.ts';
import { paths } from '../lib/routing/paths.ts';
import type { EntrySummary } from '../lib/site/site-index.ts';
import { API_PAGE_SIZE, API_ROOT, apiEntry, apiIndex, apiList, apiSummary } from '../schemas/api.ts';
import { socialImagesOf, type SocialImage } from '../lib/images/social.ts';
import { jpegOf } from '../lib/images/picture.ts';
import { isOptimisedSource, withoutBase } from '../lib/images/sources.ts';
import { API_COVER_WIDTH } from '../lib/images/variants.ts';
import { urlFor, type Deployment } from './deployment.ts';
import { CITATION_FORMATS, coverOf, entryPictureOf, type CitationFormat } from './publication.ts';
import { entryFacts, entryPath, pageLanguageOfEntry, slugOf, type AnyEntry, type Site } from './site.ts';

/** Fields the content loader adds for its own use: not part of an entry's data. */
const INTERNAL = new Set(['bodyFile', 'bodyImages', 'translationOf', 'draft']);

/** Site path (no base) of an API document. */
export const apiPath = {
	index: () => `${API_ROOT}index.json`,
	entry: (type: string, slug: string) => `${API_ROOT}entries/${type}/${slug}.json`,
	list: (kind: string, key: string | undefined, page: number) => `${API_ROOT}lists/${kind}/${key === undefined ? '' : `${key}/`}${page}.json`,
	dump: () => `${API_ROOT}entries.ndjson`,
	schema: (name: string) => `${API_ROOT}schemas/${name}.json`,
};

type ListKind = z.infer<typeof apiList>['kind'];

/** The JSON Schema of each document kind, by name. */
export function apiSchemas(site: Site): Record<string, Record<string, unknown>> {
	const options = { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' } as const;
	const schemas: Record<string, Record<string, unknown>> = {
		index: z.toJSONSchema(apiIndex, options),
		list: z.toJSONSchema(apiList, options),
		summary: z.toJSONSchema(apiSummary, options),
	};
	for (const type of TYPE_NAMES) {
		// The type's schema as JSON Schema, without the loader's own fields (Zod cannot omit keys of a refined object, so they go from the output).
		const fields = z.toJSONSchema(entryType(type).schema(site.vocabularies), options) as { properties: Record<string, unknown>; required?: string[] };
		for (const key of INTERNAL) delete fields.properties[key];
		if (fields.required) fields.required = fields.required.filter((key) => !INTERNAL.has(key));
		const { $schema: _, ...fieldsSchema } = fields as Record<string, unknown>;
		const document = z.toJSONSchema(apiEntry(type, z.unknown()), options) as { properties: Record<string, unknown> };
		document.properties['fields'] = fieldsSchema;
		schemas[`entry-${type}`] = document;
	}
	return schemas;
}

/** The pictures an entry's document names: its photo's card, and a cover file the build made (never an original). */
interface DocumentImages {
	/** The card of the entry's photo or cover (src/lib/images/social.ts). */
	card?: SocialImage | undefined;
	/** The URL of the publication's cover: a JPEG the build made of a cover file, or the remote cover's URL. */
	cover?: string | undefined;
}

/** The URL of the cover of `entry` for the data API, when it has one. */
async function apiCoverOf(entry: AnyEntry, deployment: Deployment): Promise<string | undefined> {
	const cover = coverOf(entry);
	if (!cover) return undefined;
	return isOptimisedSource(cover) ? urlFor(withoutBase((await jpegOf(cover, API_COVER_WIDTH)).src, deployment.base), deployment) : cover;
}

/**
 * An entry's fields, as its document carries them. A photo is named by its
 * card (the 1200×630 image the build made, src/lib/images/social.ts), a cover
 * by a JPEG the build made of it: the file as the build reads it is metadata
 * whose reading would publish the full-size original.
 */
function fieldsOf(entry: AnyEntry, { card: image, cover }: DocumentImages, deployment: Deployment): Record<string, unknown> {
	const fields = Object.fromEntries(Object.entries(entry.data as Record<string, unknown>).filter(([key]) => !INTERNAL.has(key)));
	if (cover) fields['cover'] = cover;
	if (fields['image']) {
		const { src: _src, width: _width, height: _height, ...words } = fields['image'] as Record<string, unknown>;
		fields['image'] = image
			? { ...words, src: /^https?:/.test(image.src) ? image.src : urlFor(image.src, deployment), width: image.width, height: image.height }
			: words;
	}
	return fields;
}

/** The document of the work `slug` (its original, with its translations). */
function entryDocument(site: Site, original: AnyEntry, deployment: Deployment, images: DocumentImages): Record<string, unknown> {
	const slug = slugOf(original);
	const url = (path: string) => urlFor(path, deployment);
	const versions = site.versions.get(slug) ?? [original];
	const files = entryFacts(original).files.map((file) => ({ ...file, url: url(file.url) }));
	const citations =
		original.collection === 'publications'
			? Object.fromEntries(
					(Object.keys(CITATION_FORMATS) as CitationFormat[]).map((extension) => [
						extension,
						url(paths.citation(pageLanguageOfEntry(original), original.collection, slug, extension)),
					]),
				)
			: undefined;
	return {
		type: original.collection,
		slug,
		url: url(entryPath(original)),
		api: url(apiPath.entry(original.collection, slug)),
		files,
		...(citations ? { citations } : {}),
		translations: versions.slice(1).map((version) => ({
			lang: version.data.lang,
			title: version.data.title,
			summary: version.data.summary ?? version.data.excerpt,
			url: url(entryPath(version)),
		})),
		fields: fieldsOf(original, images, deployment),
	};
}

function summaryDocument(summary: EntrySummary, deployment: Deployment): z.infer<typeof apiSummary> {
	return {
		type: summary.type,
		slug: summary.id,
		lang: summary.lang,
		title: summary.title,
		date: summary.date,
		summary: summary.summary,
		url: urlFor(summary.path, deployment),
		api: urlFor(apiPath.entry(summary.type, summary.id), deployment),
	};
}

/** Every list the API pages through: all entries, each type, topic, region and year. */
function lists(site: Site): { kind: ListKind; key?: string; entries: readonly EntrySummary[] }[] {
	const { index } = site;
	return [
		{ kind: 'all', entries: index.all },
		...TYPE_NAMES.map((type) => ({ kind: 'type' as const, key: type, entries: index.byType[type] ?? [] })),
		...[...index.byTopic].map(([key, entries]) => ({ kind: 'topic' as const, key, entries })),
		...[...index.byRegion].map(([key, entries]) => ({ kind: 'region' as const, key, entries })),
		...[...index.byYear].map(([year, entries]) => ({ kind: 'year' as const, key: String(year), entries })),
	];
}

/** Compact JSON, one line: machines read these, and at 10,000 entries the build holds them all (docs/publications.md). */
const json = (value: unknown) => `${JSON.stringify(value)}\n`;

/** Every API document: site path (no base) → its bytes as text. */
export async function apiDocuments(site: Site, deployment: Deployment): Promise<Map<string, string>> {
	const documents = new Map<string, string>();
	const url = (path: string) => urlFor(path, deployment);
	const originals = [...site.entries.values()].sort((a, b) => (a.collection + slugOf(a) < b.collection + slugOf(b) ? -1 : 1));
	const cards = await socialImagesOf(originals, deployment.base, entryPictureOf);
	const covers = new Map(await Promise.all(originals.map(async (original) => [original, await apiCoverOf(original, deployment)] as const)));
	for (const original of originals) {
		const images = { card: cards.get(original), cover: covers.get(original) };
		documents.set(apiPath.entry(original.collection, slugOf(original)), json(entryDocument(site, original, deployment, images)));
	}
	// The dump is the entry documents one after the other (each is one line), joined only when it is written.
	documents.set(apiPath.dump(), '');
	const firsts: z.infer<typeof apiIndex>['lists'] = [];
	for (const { kind, key, entries } of lists(site)) {
		const pageCount = Math.max(1, Math.ceil(entries.length / API_PAGE_SIZE));
		for (let page = 1; page <= pageCount; page++) {
			const document: z.infer<typeof apiList> = {
				self: url(apiPath.list(kind, key, page)),
				kind,
				...(key === undefined ? {} : { key }),
				totalCount: entries.length,
				page,
				pageCount,
				perPage: API_PAGE_SIZE,
				next: page < pageCount ? url(apiPath.list(kind, key, page + 1)) : null,
				prev: page > 1 ? url(apiPath.list(kind, key, page - 1)) : null,
				items: entries.slice((page - 1) * API_PAGE_SIZE, page * API_PAGE_SIZE).map((summary) => summaryDocument(summary, deployment)),
			};
			documents.set(apiPath.list(kind, key, page), json(document));
		}
		firsts.push({ kind, ...(key === undefined ? {} : { key }), totalCount: entries.length, first: url(apiPath.list(kind, key, 1)) });
	}
	const schemas = apiSchemas(site);
	for (const [name, schema] of Object.entries(schemas)) documents.set(apiPath.schema(name), json({ $id: url(apiPath.schema(name)), ...schema }));
	const index: z.infer<typeof apiIndex> = {
		version: '1',
		site: url(paths.home('en')),
		documentation: url(paths.developers('en')),
		dump: url(apiPath.dump()),
		entryCount: originals.length,
		schemas: Object.fromEntries(Object.keys(schemas).map((name) => [name, url(apiPath.schema(name))])),
		lists: firsts,
	};
	documents.set(apiPath.index(), json(index));
	return documents;
}

/** The bytes of one API document: the dump is the entry documents, in the order they were made. */
export function apiDocument(documents: Map<string, string>, path: string): string | undefined {
	if (path !== apiPath.dump()) return documents.get(path);
	const prefix = `${API_ROOT}entries/`;
	return [...documents].flatMap(([key, body]) => (key.startsWith(prefix) && key.endsWith('.json') ? [body] : [])).join('');
}
