/**
 * An entry's social-card image (Open Graph, Twitter, JSON-LD): its photo or a
 * publication's cover cropped to 1200×630 as a JPEG, which every network
 * reads. A remote image is named as it is, with the size its front matter
 * gives.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { isOptimisedSource, plainMetadata, withoutBase, type PageImage } from './sources.ts';
import { socialCardSize } from './variants.ts';

/** A page's social image: its site path (without the base) or URL, its size and its text alternative. */
export interface SocialImage {
	src: string;
	width?: number | undefined;
	height?: number | undefined;
	alt: string;
}

/** The picture that stands for an entry, and what a crop of it keeps. */
export interface EntryPicture {
	image: PageImage;
	/** `attention` for a photo (its busiest part), `top` for a cover (its title). */
	crop: 'attention' | 'top';
}

/** Cards already made in this build, by their picture's URL and crop: every feed and language names the same card. */
const cards = new Map<string, Promise<string>>();

/** The URL (base included) of the card of a picture, `size` pixels. */
function cardOf(src: ImageMetadata, crop: EntryPicture['crop'], size: { width: number; height: number }): Promise<string> {
	const key = `${plainMetadata(src).src} ${crop}`;
	let card = cards.get(key);
	if (!card) {
		card = getImage({ src, ...size, fit: 'cover', position: crop, format: 'jpg' }).then((image) => image.src);
		cards.set(key, card);
	}
	return card;
}

/** The social image of `picture` under the deployment's `base`, or undefined when the entry has no picture. */
export async function socialImageOf(picture: EntryPicture | undefined, base: string): Promise<SocialImage | undefined> {
	const image = picture?.image;
	const src = image?.src;
	if (!picture || !image || !src) return undefined;
	const alt = image.alt ?? '';
	if (!isOptimisedSource(src)) return { src, width: image.width, height: image.height, alt };
	const size = socialCardSize(plainMetadata(src));
	return { src: withoutBase(await cardOf(src, picture.crop, size), base), ...size, alt };
}

/** The social images of `entries` that have a picture (`pictureOf` names it), by entry, for pages and feeds that list many. */
export async function socialImagesOf<Entry>(
	entries: Iterable<Entry>,
	base: string,
	pictureOf: (entry: Entry) => EntryPicture | undefined,
): Promise<Map<Entry, SocialImage>> {
	const found = await Promise.all([...entries].map(async (entry) => [entry, await socialImageOf(pictureOf(entry), base)] as const));
	return new Map(found.filter((pair): pair is readonly [Entry, SocialImage] => pair[1] !== undefined));
}
