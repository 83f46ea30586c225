/**
 * An entry's social-card image (Open Graph, Twitter, JSON-LD): its photo
 * cropped to 1200×630 as a JPEG, which every network reads. A remote image is
 * named as it is, with the size its front matter gives.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { isOptimisedSource, plainMetadata, withoutBase, type PageImage } from './sources.ts';
import { SOCIAL_IMAGE } from './variants.ts';

/** A page's social image: its site path (without the base) or URL, its size and its text alternative. */
export interface SocialImage {
	src: string;
	width?: number | undefined;
	height?: number | undefined;
	alt: string;
}

/** Cards already made in this build, by their photo's URL: every feed and language names the same card. */
const cards = new Map<string, Promise<string>>();

/** The URL (base included) of the 1200×630 card of a photo. */
function cardOf(src: ImageMetadata): Promise<string> {
	const key = plainMetadata(src).src;
	let card = cards.get(key);
	if (!card) {
		card = getImage({ src, ...SOCIAL_IMAGE, fit: 'cover', position: 'attention', format: 'jpg' }).then((image) => image.src);
		cards.set(key, card);
	}
	return card;
}

/** The social image of `image` under the deployment's `base`, or undefined when the entry has no picture. */
export async function socialImageOf(image: PageImage | undefined, base: string): Promise<SocialImage | undefined> {
	const src = image?.src;
	if (!src) return undefined;
	const alt = image.alt ?? '';
	if (!isOptimisedSource(src)) return { src, width: image.width, height: image.height, alt };
	return { src: withoutBase(await cardOf(src), base), ...SOCIAL_IMAGE, alt };
}

/** The social images of `entries` that have a picture, by entry, for pages and feeds that list many. */
export async function socialImagesOf<Entry extends { data: { image?: PageImage | undefined } }>(
	entries: Iterable<Entry>,
	base: string,
): Promise<Map<Entry, SocialImage>> {
	const found = await Promise.all([...entries].map(async (entry) => [entry, await socialImageOf(entry.data.image, base)] as const));
	return new Map(found.filter((pair): pair is readonly [Entry, SocialImage] => pair[1] !== undefined));
}
