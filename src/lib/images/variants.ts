/**
 * Which files the build makes of a photo: the formats browsers pick from, best
 * first, and the widths of each, so that a phone downloads a file near its
 * screen's width and a sharp desktop screen one twice the column's.
 */

/** Modern formats, offered before the JPEG fallback: AVIF is the smallest, WebP what older browsers read. */
export const PHOTO_FORMATS = ['avif', 'webp'] as const;

/**
 * Encoder quality by format, where sharp's default is not the one wanted. AVIF at 45 (sharp's default 50) keeps a
 * news page with two photos within 60 KB on a phone, its files about a fifth smaller (docs/performance.md). Given
 * with each image, not in the image service's settings: Astro's image cache names a file by its transform, so a
 * setting changed in astro.config.mjs would keep serving the files made before.
 */
export const PHOTO_QUALITY: Partial<Record<(typeof PHOTO_FORMATS)[number], number>> = { avif: 45 };

/** The steps of widths, in pixels: a 360 px phone at 1×, then 2× and 3× screens and a desktop column at 2×. */
export const WIDTH_STEPS = [360, 540, 720, 1080, 1440] as const;

/** The widths to make of an image `original` pixels wide shown at most `maxWidth` CSS pixels wide: never wider than the file. */
export function widthsFor(original: number, maxWidth: number): number[] {
	const limit = Math.min(original, maxWidth * 2);
	const widths = WIDTH_STEPS.filter((width) => width < limit * 0.9);
	return [...widths, limit];
}

/** The size of a social-card image (Open Graph, Twitter): the photo is cropped to it. */
export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

/** The card made of an image `original` in size: SOCIAL_IMAGE, scaled down to fit a smaller file (never enlarged). */
export function socialCardSize(original: { width: number; height: number }): { width: number; height: number } {
	const scale = Math.min(1, original.width / SOCIAL_IMAGE.width, original.height / SOCIAL_IMAGE.height);
	return { width: Math.round(SOCIAL_IMAGE.width * scale), height: Math.round(SOCIAL_IMAGE.height * scale) };
}

/**
 * A photo across the article's column (`.entry`, 42rem at most, inside the page's 1rem margins): its `sizes`, and
 * its widest in CSS pixels.
 */
export const ARTICLE_IMAGE = { sizes: '(min-width: 44rem) 42rem, calc(100vw - 2rem)', maxWidth: 672 } as const;

/**
 * Phones: a 390 px phone at 3× would fetch a file three times its column's width, twice the bytes of one at 2×, for
 * a sharpness nobody sees at arm's length. Screens up to `media` get files up to `maxWidth` pixels (2× of a phone's
 * column), through a `<source media>` the browser reads before the full set.
 */
export const PHONE_SCREEN = { media: '(max-width: 30rem)', maxWidth: 720 } as const;

/** The widths of `widths` a phone gets (see PHONE_SCREEN), or undefined when that would be all of them. */
export function phoneWidths(widths: readonly number[]): number[] | undefined {
	const phone = widths.filter((width) => width <= PHONE_SCREEN.maxWidth);
	return phone.length && phone.length < widths.length ? phone : undefined;
}

/** A `srcset` of `files` (URL and width), keeping only the widths in `widths` when given. */
export function srcsetOf(files: readonly { url: string; width: number }[], widths?: readonly number[]): string {
	return files
		.filter((file) => !widths || widths.includes(file.width))
		.map((file) => `${file.url} ${file.width}w`)
		.join(', ');
}

/** The widest cover file the data API names, in pixels: enough for a catalogue's page, lighter than the original. */
export const API_COVER_WIDTH = 640;

/** A publication's cover beside its title (`.publication-cover`, 8rem wide, at most 35% of a narrow column). */
export const COVER_IMAGE = { sizes: '8rem', maxWidth: 128 } as const;
