/**
 * Which files the build makes of a photo: the formats browsers pick from, best
 * first, and the widths of each, so that a phone downloads a file near its
 * screen's width and a sharp desktop screen one twice the column's.
 */

/** Modern formats, offered before the JPEG fallback: AVIF is the smallest, WebP what older browsers read. */
export const PHOTO_FORMATS = ['avif', 'webp'] as const;

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

/**
 * A photo across the article's column (`.entry`, 42rem at most, inside the page's 1rem margins): its `sizes`, and
 * its widest in CSS pixels.
 */
export const ARTICLE_IMAGE = { sizes: '(min-width: 44rem) 42rem, calc(100vw - 2rem)', maxWidth: 672 } as const;
