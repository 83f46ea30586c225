/**
 * The body's own photos (`![alt](photo.jpg)`) get what the lead photo gets:
 * AVIF, WebP and a JPEG fallback in a few widths, `srcset` and `sizes`, and
 * `width` and `height` so nothing shifts; they load lazily, being further
 * down. The loader names each image file the body uses in the entry's data
 * (`bodyImages`, by the URL as the HTML writes it, decoded), where Astro
 * puts its metadata (src/entry-files/images.ts); here each `<img>` of the
 * rendered, sanitised HTML whose `src` is one of them becomes a `<picture>`.
 * Remote images and images written as HTML stay as they are.
 */
import type { ImageMetadata } from 'astro';
import { decodedUrl, isOptimisedSource, withoutBase } from './sources.ts';
import { jpegOf, pictureOf } from './picture.ts';
import { ARTICLE_IMAGE } from './variants.ts';

/** The body's image files as pages receive them: metadata by URL (absent when the body has none). */
export function bodyImagesOf(entry: { data: object }): Readonly<Record<string, ImageMetadata>> {
	// Not in the entry schemas: the loader adds it after validation, as it adds `bodyFile`, and authors cannot write it (strict schemas).
	return (entry.data as { bodyImages?: Record<string, ImageMetadata> }).bodyImages ?? {};
}

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
const unescapeAttribute = (value: string) =>
	value.replace(/&(amp|quot|lt|gt|#39|#x27);/g, (_, name: string) => ({ amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", '#x27': "'" })[name]!);

/** A feed's plain `<img>` of a body image: the JPEG a reader's app can show, at the column's width, its path without the base. */
async function feedImageOf(src: ImageMetadata, attributes: string, base: string): Promise<string> {
	const image = await jpegOf(src, ARTICLE_IMAGE.maxWidth);
	return `<img src="${escapeAttribute(withoutBase(image.src, base))}" width="${image.width}" height="${image.height}"${attributes}>`;
}

/** The `<picture>` of a body image, keeping the other attributes of its `<img>` (alt, title). */
async function bodyPictureOf(src: ImageMetadata, attributes: string): Promise<string> {
	const { sources, img } = await pictureOf(src, ARTICLE_IMAGE);
	const sourceTags = sources.map(
		(source) =>
			`<source type="${source.type}"${source.media ? ` media="${escapeAttribute(source.media)}"` : ''}` +
			` srcset="${escapeAttribute(source.srcset)}" sizes="${escapeAttribute(source.sizes)}">`,
	);
	const tag =
		`<img src="${escapeAttribute(img.src)}" srcset="${escapeAttribute(img.srcset)}" sizes="${escapeAttribute(img.sizes)}"` +
		` width="${img.width}" height="${img.height}"${attributes} loading="lazy" decoding="async">`;
	return `<picture>${sourceTags.join('')}${tag}</picture>`;
}

/**
 * `html` with each `<img>` naming one of `images` as a `<picture>`; `base` is the deployment base the HTML's site paths
 * carry. For a feed (`feed`), a plain `<img>` of the JPEG instead, its path without the base, as the feed's other paths.
 */
export async function withBodyPictures(html: string, images: Readonly<Record<string, ImageMetadata>>, base: string, feed = false): Promise<string> {
	if (!Object.keys(images).length) return html;
	const prefix = base.replace(/\/+$/, '');
	const found = (src: string): ImageMetadata | undefined => {
		const url = decodedUrl(unescapeAttribute(src));
		const image = images[url] ?? (prefix && url.startsWith(`${prefix}/`) ? images[url.slice(prefix.length)] : undefined);
		return isOptimisedSource(image) ? image : undefined;
	};
	const tags = [...html.matchAll(/<img\b([^>]*?)\ssrc="([^"]*)"([^>]*)>/g)];
	const pictures = await Promise.all(
		tags.map(([, before, src, after]) => {
			const image = found(src!);
			if (!image) return undefined;
			return feed ? feedImageOf(image, `${before}${after}`, base) : bodyPictureOf(image, `${before}${after}`);
		}),
	);
	let index = 0;
	return html.replace(/<img\b([^>]*?)\ssrc="([^"]*)"([^>]*)>/g, (tag) => pictures[index++] ?? tag);
}
