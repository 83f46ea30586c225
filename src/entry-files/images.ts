/**
 * The image files an entry names (its photo, a publication's cover): each must
 * exist, stay inside the content or media folder, be readable as an image and
 * keep under the limits of src/lib/images/files.ts. So must the body's own
 * Markdown images (`![alt](photo.jpg)`) that name a file, which also need
 * their alt text. Run by the content check
 * (./check.ts) once the front matter is valid, so a broken photo is reported
 * as `file:line: field: message` with every other problem.
 */
import { imageLocationProblem, isRemoteImage, locateImage, publicDirOf } from '../lib/images/files.ts';
import { bodyImages, type BodyImage } from '../lib/markdown/body-checks.ts';
import { decodedUrl } from '../lib/images/sources.ts';
import { quote } from '../lib/text/quote.ts';
import { lineOfField } from './front-matter.ts';
import type { ContentProblem } from './problems.ts';

/**
 * Front-matter fields holding an image: a photo (`image: { src, alt, … }`) or a publication's cover, written as its
 * path alone (`cover: /covers/<slug>.jpg`, decorative beside the title). A type without one of them simply has none.
 */
export const IMAGE_FIELDS = ['image', 'cover'] as const;

/** Where an image field's file is named: `path` within the field (`['src']` for `{ src }`, `[]` for the path alone). */
export interface ImageSource {
	field: string;
	src: string;
	path: readonly string[];
}

/** The `src` of each image field of `data` that names a file or URL. */
export function imageSources(data: Record<string, unknown>): ImageSource[] {
	return IMAGE_FIELDS.flatMap((field) => {
		const value = data[field];
		if (typeof value === 'string') return [{ field, src: value, path: [] }];
		const src = (value as { src?: unknown } | undefined)?.src;
		return typeof src === 'string' ? [{ field, src, path: ['src'] }] : [];
	});
}

/** Problems of the image files named by `data`, an entry's valid data read from `source` at `entryFile` (shown as `name`). */
export function imageFileProblems(
	data: Record<string, unknown>,
	entryFile: string,
	source: string,
	name: string,
	contentDir: string,
	publicDir: string = publicDirOf(),
): ContentProblem[] {
	return imageSources(data).flatMap(({ field, src, path }) => {
		const problem = imageLocationProblem(locateImage(src, entryFile, publicDir), [contentDir, publicDir]);
		return problem ? [{ file: name, line: lineOfField(source, [field, ...path]), field: [field, ...path].join('.'), message: `${quote(src)} ${problem}` }] : [];
	});
}

/**
 * Astro's mark for an image the content layer imports (astro/dist/content/consts.js `IMAGE_IMPORT_PREFIX`): the data
 * store replaces each string starting with it by an import resolved from the entry's file, as the `image()` schema
 * helper does, and pages receive the image's metadata (`ImageMetadata`) in its place.
 */
export const IMAGE_IMPORT_PREFIX = '__ASTRO_IMAGE_';

/** `data` with each local image's `src` marked for import by Astro (remote images keep their URL). */
export function withImageImports(data: Record<string, unknown>, entryFile: string, publicDir: string = publicDirOf()): Record<string, unknown> {
	const sources = imageSources(data);
	if (!sources.length) return data;
	const copy = { ...data };
	for (const { field, src, path } of sources) {
		const location = locateImage(src, entryFile, publicDir);
		if (location.kind !== 'file') continue;
		const marked = `${IMAGE_IMPORT_PREFIX}${location.importPath}`;
		copy[field] = path.length ? { ...(data[field] as object), src: marked } : marked;
	}
	return copy;
}

/** True for a body image URL naming a file of the site (`photo.jpg`, `/media/photo.jpg`), not another site or a data: URL. */
const isFileUrl = (url: string) => !isRemoteImage(url) && !/^[a-z][a-z0-9+.-]*:|^\/\/|^[#?]/i.test(url);

/** The body's Markdown images that name a file of the site, by the URL written (decoded, as the page finds it again). */
export function bodyImageFiles(body: string): (BodyImage & { key: string })[] {
	return bodyImages(body)
		.filter((image) => isFileUrl(image.url))
		.map((image) => ({ ...image, key: decodedUrl(image.url) }));
}

/** Problems of the body's images: each file must be usable, and each image described; `bodyLine` is the body's first line in the file. */
export function bodyImageProblems(
	body: string,
	bodyLine: number,
	entryFile: string,
	name: string,
	contentDir: string,
	publicDir: string = publicDirOf(),
): ContentProblem[] {
	return bodyImageFiles(body).flatMap(({ line, url, alt }) => {
		const at = { file: name, line: bodyLine + line - 1, field: 'body' };
		const problem = imageLocationProblem(locateImage(url, entryFile, publicDir), [contentDir, publicDir]);
		return [
			...(problem ? [{ ...at, message: `image ${quote(url)} ${problem}` }] : []),
			...(alt.trim() ? [] : [{ ...at, message: `image ${quote(url)} has no text alternative: describe it between the brackets, ![A boat at sea](${url})` }]),
		];
	});
}

/** The body's image files marked for import by Astro (see withImageImports), by the URL the page finds them by. */
export function bodyImageImports(body: string, entryFile: string, publicDir: string = publicDirOf()): Record<string, string> {
	const imports: Record<string, string> = {};
	for (const { url, key } of bodyImageFiles(body)) {
		const location = locateImage(url, entryFile, publicDir);
		if (location.kind === 'file') imports[key] = `${IMAGE_IMPORT_PREFIX}${location.importPath}`;
	}
	return imports;
}
