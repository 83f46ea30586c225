/**
 * The pure decisions of `npm run covers`: which of a publication's files are
 * local PDFs and where they are on disk, which one gives the cover, how sizes
 * are written, and which front-matter fields change. No file is read here.
 */
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { FieldEdit } from './front-matter-edit.ts';

/** Where the site's published folder and the content folder are. */
export interface Folders {
	/** Absolute path of `public/`: site paths such as `/files/x.pdf` are files under it. */
	publicDir: string;
	/** Absolute path of the content folder: a relative file path must stay inside it. */
	contentDir: string;
}

/** Where a file's `url` points: a local file, a remote URL the tool leaves alone, or a path it refuses with a message. */
export type FileLocation = { kind: 'local'; path: string } | { kind: 'remote' } | { kind: 'refused'; message: string };

/** True when `child` is `parent` or inside it. */
const inside = (parent: string, child: string) => {
	const rel = relative(parent, child);
	return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

/**
 * Resolves a file's `url`: a site path (`/files/x.pdf`) is under `public/`, a
 * relative path (`x.pdf`) is beside the entry; `?query` and `#fragment` are
 * dropped and %-escapes decoded. http(s) URLs are remote. Paths leaving their
 * folder (`../`) are refused.
 */
export function locateFile(url: string, entryPath: string, folders: Folders): FileLocation {
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return { kind: 'remote' };
	let path: string;
	try {
		path = decodeURIComponent(url.replace(/[?#].*$/, ''));
	} catch {
		return { kind: 'refused', message: `${JSON.stringify(url)} has broken %-escapes: write the path as it is on disk, such as /files/publications/paper.pdf` };
	}
	if (path.startsWith('/')) {
		const file = resolve(folders.publicDir, `.${path}`);
		if (!inside(folders.publicDir, file))
			return { kind: 'refused', message: `${JSON.stringify(url)} leaves the site's public folder: write a site path such as /files/publications/paper.pdf` };
		return { kind: 'local', path: file };
	}
	const file = resolve(entryPath, '..', path);
	if (!inside(folders.contentDir, file))
		return { kind: 'refused', message: `${JSON.stringify(url)} leaves the content folder: put the PDF beside the entry and write its file name` };
	return { kind: 'local', path: file };
}

/** True for a file written as a PDF, by its format or its URL's extension. */
export function isPdfFile(file: { url: string; format?: unknown }): boolean {
	return (typeof file.format === 'string' && file.format.trim().toLowerCase() === 'pdf') || /\.pdf(?:[?#]|$)/i.test(file.url);
}

/**
 * A byte count as the schema's `size` field writes it (`850 KB`, `1.2 MB`):
 * decimal units (1 KB = 1,000 bytes, as SI and file managers on macOS and
 * Linux count), whole kilobytes, one decimal for megabytes and gigabytes.
 */
export function formatSize(bytes: number): string {
	if (!Number.isInteger(bytes) || bytes < 0) throw new RangeError(`Not a byte count: ${bytes}`);
	if (bytes < 1000) return `${bytes} B`;
	const kb = Math.round(bytes / 1000);
	if (kb < 1000) return `${kb} KB`;
	const oneDecimal = (value: number) => String(Math.round(value * 10) / 10);
	const mb = bytes / 1e6;
	if (Math.round(mb * 10) / 10 < 1000) return `${oneDecimal(mb)} MB`;
	return `${oneDecimal(bytes / 1e9)} GB`;
}

/** The site path of a publication's generated cover, such as `/covers/issue-paper-by-sea.jpg`. */
export function coverSitePath(slug: string, folder = '/covers/'): string {
	return `${folder.endsWith('/') ? folder : `${folder}/`}${slug}.jpg`;
}

/** The file on disk of a site path under `public/`. */
export function sitePathFile(sitePath: string, publicDir: string): string {
	return join(publicDir, ...sitePath.split('/').filter(Boolean));
}

/** A local PDF of an entry, by its index in `files`. */
export interface LocalPdf {
	/** Index in the entry's `files`. */
	index: number;
	/** The file's `url` as written. */
	url: string;
	/** The file's language. */
	lang: string | undefined;
	/** Absolute path on disk. */
	path: string;
}

/** The PDF the cover is made from: the one in the entry's language, else the first. */
export function chooseCoverPdf(pdfs: readonly LocalPdf[], entryLang: string): LocalPdf | undefined {
	return pdfs.find((pdf) => pdf.lang === entryLang) ?? pdfs[0];
}

/** What the tool measured in one PDF. */
export interface PdfFacts {
	/** Page count. */
	pages: number;
	/** File size in bytes. */
	bytes: number;
}

/** The front-matter fields to set: each local PDF's `pages` and `size`, and `cover` when the entry has none. */
export function plannedEdits(facts: ReadonlyMap<number, PdfFacts>, cover: string | undefined): FieldEdit[] {
	const edits: FieldEdit[] = [];
	for (const [index, pdf] of [...facts].sort(([a], [b]) => a - b)) {
		edits.push({ path: ['files', index, 'pages'], value: pdf.pages }, { path: ['files', index, 'size'], value: formatSize(pdf.bytes) });
	}
	if (cover !== undefined) edits.push({ path: ['cover'], value: cover });
	return edits;
}
