/**
 * A publication's language editions, as the page, its citation downloads, its
 * head metadata and the data API show them: one canonical CSL record per
 * edition (src/lib/publications/citation.ts) with the edition's files, made
 * from the original's shared facts and each version's title.
 */
import type { ImageSource } from '../lib/images/sources.ts';
import type { EntryPicture } from '../lib/images/social.ts';
import { bibtex, cslJson, cslRecord, ris, type CslRecord } from '../lib/publications/citation.ts';
import type { EditionData, EditionFile } from '../lib/publications/scholar-meta.ts';
import type { EntryFile } from '../schemas/link.ts';
import type { PublicationEdition } from '../schemas/publication-edition.ts';
import { urlFor, type Deployment } from './deployment.ts';
import { paths } from '../lib/routing/paths.ts';
import { entryPath, pageLanguageOfEntry, slugOf, type AnyEntry, type Site } from './site.ts';

/** The download formats of "Cite this publication", by file extension, with their media types. */
export const CITATION_FORMATS = {
	bib: { name: 'BibTeX', mediaType: 'application/x-bibtex' },
	ris: { name: 'RIS', mediaType: 'application/x-research-info-systems' },
	json: { name: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json' },
} as const;

export type CitationFormat = keyof typeof CITATION_FORMATS;

/** One language edition of a publication. */
export interface Edition extends EditionData {
	/** Its language (ISO 639-1). */
	lang: string;
	/** Identifiers as written in the front matter, normal forms. */
	identifiers: Omit<PublicationEdition, 'lang' | 'title'>;
	/** Its files, as the entry lists them. */
	entryFiles: readonly EntryFile[];
	/** Site path of the page in its language (the original's page when it has no translation). */
	path: string;
}

const PDF_FIRST = (a: EntryFile, b: EntryFile) => Number(b.format.toLowerCase() === 'pdf') - Number(a.format.toLowerCase() === 'pdf');

/** The editions of the publication `entry` is a version of, the one in `entry`'s language first; none for other types. */
export function editionsOf(site: Site, entry: AnyEntry, deployment: Deployment): Edition[] {
	if (entry.collection !== 'publications') return [];
	const slug = slugOf(entry);
	const versions = site.versions.get(slug) ?? [entry];
	const original = (versions[0] ?? entry) as Extract<AnyEntry, { collection: 'publications' }>;
	const { data } = original;
	const ordered = [...data.languages].sort((a, b) => Number(b === entry.data.lang) - Number(a === entry.data.lang));
	return ordered.map((lang) => {
		const version = versions.find((candidate) => candidate.data.lang === lang);
		const { lang: _lang, title, ...identifiers } = data.editions.find((edition) => edition.lang === lang) ?? { lang };
		const entryFiles = data.files.filter((file) => file.lang === lang).sort(PDF_FIRST);
		const path = entryPath(version ?? original);
		const files: EditionFile[] = entryFiles.map((file) => ({ url: urlFor(file.url, deployment), format: file.format, size: file.size, pages: file.pages }));
		const record: CslRecord = cslRecord({
			id: `${slug}-${lang}`,
			title: title ?? version?.data.title ?? data.title,
			lang,
			date: data.published ?? data.date,
			kind: data.kind,
			url: urlFor(path, deployment),
			...identifiers,
			pages: entryFiles.find((file) => file.pages !== undefined)?.pages,
			issuingBody: data.issuingBody,
			publisher: data.publisher,
			place: data.place,
		});
		return { lang, identifiers, entryFiles, path, record, files };
	});
}

/**
 * The cover of a publication, when it has one: a file of the site as its metadata (the loader imports it,
 * src/entry-files/images.ts), a remote cover as its URL. The schema's type says `string`, what editors write.
 */
export function coverOf(entry: AnyEntry): ImageSource | undefined {
	return entry.collection === 'publications' ? (entry.data.cover as ImageSource | undefined) : undefined;
}

/** The picture that stands for an entry on social networks, in feeds and in search: its photo, else a publication's cover. */
export function entryPictureOf(entry: AnyEntry): EntryPicture | undefined {
	if (entry.data.image?.src) return { image: entry.data.image, crop: 'attention' };
	const cover = coverOf(entry);
	return cover ? { image: { src: cover, alt: entry.data.title }, crop: 'top' } : undefined;
}

/** Each citation format's writer. */
const CITATION_WRITERS: Record<CitationFormat, (records: readonly CslRecord[]) => string> = { bib: bibtex, ris, json: cslJson };

/** One citation file: a version's references in one format, at its site path (no base). */
export interface CitationFile {
	entry: AnyEntry;
	format: CitationFormat;
	path: string;
	text: string;
}

/** Every citation file of the site: each version of each publication, in each format, the version's edition first. */
export function citationFiles(site: Site, deployment: Deployment): CitationFile[] {
	return (site.index.byType['publications'] ?? [])
		.flatMap((work) => site.versions.get(work.id)!)
		.flatMap((entry) => {
			const records = editionsOf(site, entry, deployment).map((edition) => edition.record);
			return (Object.keys(CITATION_FORMATS) as CitationFormat[]).map((format) => ({
				entry,
				format,
				path: paths.citation(pageLanguageOfEntry(entry), entry.collection, slugOf(entry), format),
				text: CITATION_WRITERS[format](records),
			}));
		});
}
