/**
 * An entry image's `src` as pages receive it. The loader turns each local file
 * into an import (src/entry-files/images.ts), so pages get Astro's
 * `ImageMetadata` (the file's URL, width, height and format) where the front
 * matter named a file; remote images keep their https:// URL, with the size
 * the front matter gives. The entry types' inferred data still say `string`,
 * since the schema validates what editors write.
 */
import type { ImageMetadata } from 'astro';

/** What a page may find in an image's `src`. */
export type ImageSource = string | ImageMetadata;

/** An image field as pages receive it. */
export interface PageImage {
	src?: ImageSource | undefined;
	alt?: string | undefined;
	width?: number | undefined;
	height?: number | undefined;
}

/** True when `src` is a file the build optimises (its metadata), false for a URL or path served as it is. */
export const isOptimisedSource = (src: ImageSource | undefined): src is ImageMetadata => typeof src === 'object' && src !== null && 'format' in src;

/**
 * A plain copy of an image's metadata. Astro hands pages a proxy that marks the original file as used (and publishes
 * it, full size) as soon as any of its properties is read; its `clone` reads them without that mark. Read width,
 * height and format through this.
 */
export function plainMetadata(src: ImageMetadata): ImageMetadata {
	return (src as ImageMetadata & { clone?: ImageMetadata }).clone ?? src;
}

/** `value` with an image's metadata made plain (see plainMetadata), for serialising data without publishing originals. */
export function withoutImageProxy(value: unknown): unknown {
	return typeof value === 'object' && value !== null && 'format' in value && 'width' in value && 'height' in value
		? plainMetadata(value as ImageMetadata)
		: value;
}

/** The URL of the image as it is (an optimised file's original, under the site's base already), for places that cannot resize it. */
export function originalImageUrl(src: ImageSource): string {
	return isOptimisedSource(src) ? plainMetadata(src).src : src;
}

/** The URL of an image shown as it is (a remote one); undefined for none, and for a file the site resizes, whose original is not published. */
export function remoteImageUrl(src: ImageSource | undefined): string | undefined {
	return src === undefined || isOptimisedSource(src) ? undefined : src;
}

/** The width and height the page reserves for the image, or undefined when they are not known. */
export function imageDimensions(image: PageImage): { width: number; height: number } | undefined {
	if (isOptimisedSource(image.src)) {
		const { width, height } = plainMetadata(image.src);
		return { width, height };
	}
	return image.width && image.height ? { width: image.width, height: image.height } : undefined;
}

/** `url` (a path Astro made, under the deployment's `base`) without the base, for URL builders that add it themselves. */
export function withoutBase(url: string, base: string): string {
	const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
	return trimmed && url.startsWith(`${trimmed}/`) ? url.slice(trimmed.length) : url;
}

/** `url` with its %-escapes decoded, or as it is when they are not valid: how a body image's URL is looked up. */
export function decodedUrl(url: string): string {
	try {
		return decodeURIComponent(url);
	} catch {
		return url;
	}
}
