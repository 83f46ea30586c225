/**
 * The `<picture>` of an image file of the site, as Photo.astro and the body's
 * pictures (./body.ts) both write it: AVIF and WebP in a few widths, phones
 * capped at twice their column (PHONE_SCREEN), and a JPEG fallback whose
 * `width` and `height` keep the image's room on the page.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { plainMetadata } from './sources.ts';
import { PHONE_SCREEN, PHOTO_FORMATS, PHOTO_QUALITY, phoneWidths, srcsetOf, widthsFor } from './variants.ts';

/** One `<source>` of the picture. */
export interface PictureSource {
	type: string;
	media?: string | undefined;
	srcset: string;
	sizes: string;
}

/** What a `<picture>` holds: its sources, best first, and the fallback `<img>`'s attributes. */
export interface PictureMarkup {
	sources: PictureSource[];
	img: { src: string; srcset: string; sizes: string; width: number; height: number };
}

/** A plain JPEG of `src` at most `maxWidth` pixels wide (never enlarged), for readers that take one file: feeds, the data API. */
export async function jpegOf(src: ImageMetadata, maxWidth: number): Promise<{ src: string; width: number; height: number }> {
	const { width, height } = plainMetadata(src);
	const shown = Math.min(width, maxWidth);
	const image = await getImage({ src, width: shown, format: 'jpg' });
	return { src: image.src, width: shown, height: Math.round((shown * height) / width) };
}

/** The files `getImage` made, by URL and pixel width. */
const filesOf = (values: readonly { url: string; descriptor?: string | undefined }[]) =>
	values.map((value) => ({ url: value.url, width: Number.parseInt(value.descriptor ?? '', 10) }));

/** The picture of `src` shown `sizes` wide, at most `maxWidth` CSS pixels. */
export async function pictureOf(src: ImageMetadata, shown: { sizes: string; maxWidth: number }): Promise<PictureMarkup> {
	const { width, height } = plainMetadata(src);
	const widths = widthsFor(width, shown.maxWidth);
	const widest = widths.at(-1)!;
	const phone = phoneWidths(widths);
	const [fallback, ...modern] = await Promise.all([
		getImage({ src, width: widest, widths, format: 'jpg' }),
		...PHOTO_FORMATS.map((format) => getImage({ src, width: widest, widths, format, quality: PHOTO_QUALITY[format] })),
	]);
	const sources = modern.flatMap((image, index) => {
		const type = `image/${PHOTO_FORMATS[index]!}`;
		const files = filesOf(image.srcSet.values);
		const all = { type, srcset: srcsetOf(files), sizes: shown.sizes };
		return phone ? [{ ...all, media: PHONE_SCREEN.media, srcset: srcsetOf(files, phone) }, all] : [all];
	});
	return {
		sources,
		img: {
			src: fallback!.src,
			srcset: srcsetOf(filesOf(fallback!.srcSet.values)),
			sizes: shown.sizes,
			width: widest,
			height: Math.round((widest * height) / width),
		},
	};
}
