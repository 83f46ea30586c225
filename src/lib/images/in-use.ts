/**
 * Every image file the site's pages, feeds and data API name, made through the
 * same functions they use (Photo.astro, the body's pictures, social cards,
 * feed and API JPEGs): listing them every build makes Astro write each one
 * again from its cache, so the pages its incremental build reuses (whose
 * images it would not replay) keep theirs, and lets the build remove every
 * other image file, and prune its cache of them (src/integrations/stale-output.ts).
 * A build test checks that every image a built page names is listed.
 */
import type { ImageMetadata } from 'astro';
import { jpegOf, pictureOf } from './picture.ts';
import { socialImageOf, type EntryPicture } from './social.ts';
import { isOptimisedSource, withoutBase, type ImageSource } from './sources.ts';
import { API_COVER_WIDTH, ARTICLE_IMAGE, COVER_IMAGE } from './variants.ts';

/** What of an entry can hold an image the build makes. */
export interface EntryImages {
	photo?: ImageSource | undefined;
	cover?: ImageSource | undefined;
	body: Readonly<Record<string, ImageMetadata>>;
	picture?: EntryPicture | undefined;
}

/** The URLs (under `base`) named by a `srcset`. */
const srcsetUrls = (srcset: string) => srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!);

/** Every file of a picture: its sources' and its fallback's. */
async function pictureFiles(src: ImageMetadata, shown: { sizes: string; maxWidth: number }): Promise<string[]> {
	const { sources, img } = await pictureOf(src, shown);
	return [...sources.flatMap((source) => srcsetUrls(source.srcset)), img.src, ...srcsetUrls(img.srcset)];
}

/** The image files (paths without `base`) the pages, feeds and API documents of one entry name. */
export async function imagesInUse(entry: EntryImages, base: string): Promise<string[]> {
	const files: Promise<string[]>[] = [];
	if (isOptimisedSource(entry.photo)) files.push(pictureFiles(entry.photo, ARTICLE_IMAGE));
	if (isOptimisedSource(entry.cover)) {
		files.push(pictureFiles(entry.cover, COVER_IMAGE));
		files.push(jpegOf(entry.cover, API_COVER_WIDTH).then((image) => [image.src]));
	}
	for (const image of Object.values(entry.body)) {
		if (!isOptimisedSource(image)) continue;
		files.push(pictureFiles(image, ARTICLE_IMAGE));
		files.push(jpegOf(image, ARTICLE_IMAGE.maxWidth).then((jpeg) => [jpeg.src]));
	}
	files.push(socialImageOf(entry.picture, base).then((card) => (card && isOptimisedSource(entry.picture?.image.src) ? [card.src] : [])));
	return (await Promise.all(files)).flat().map((url) => withoutBase(url, base));
}
