import { z } from 'astro/zod';
import { urlField } from './link.ts';
import { describeValue } from '../lib/text/quote.ts';
import { text } from './text.ts';
import { IMAGE_LIMITS, isRemoteImage } from '../lib/images/files.ts';

const pixels = z
	.number({ error: (issue) => `must be a number of pixels, got ${describeValue(issue.input)}` })
	.int({ error: 'must be a whole number of pixels' })
	.min(1, { error: 'must be at least 1 pixel' })
	.max(IMAGE_LIMITS.pixels, { error: `must be at most ${IMAGE_LIMITS.pixels} pixels` });

/**
 * The entry's photo. Migrated entries may keep only the caption or credit of a
 * photo whose file was lost, so `src` is optional; when it is given, `alt` is required.
 */
export const imageSchema = z
	.strictObject({
		/**
		 * The photo: a file next to the entry (`./photo.jpg`), a file of the media folder by its site path (`/media/photo.jpg`
		 * is public/media/photo.jpg), both resized by the build, or an https:// URL (the site's security policy blocks http://
		 * images), shown as it is, with its `width` and `height`.
		 */
		src: urlField({ image: true, relative: true }).optional(),
		/** Remote images only: their size in pixels, so that the page keeps their room before they load. */
		width: pixels.optional(),
		height: pixels.optional(),
		/** Text alternative describing the image for screen-reader users. */
		alt: z
			.string({ error: (issue) => `must be text, got ${describeValue(issue.input)}: describe the image in words, in quotes` })
			.trim()
			.optional(),
		/** Caption shown under the image. */
		caption: text('the caption').optional(),
		/** Who took or owns the photo, such as "Frontex". */
		credit: text('who took or owns the photo').optional(),
	})
	.superRefine((image, ctx) => {
		const remote = image.src !== undefined && isRemoteImage(image.src);
		// An http:// image is refused by `src` already; its size would be one more thing to fix for nothing.
		const sides = /^http:/i.test(image.src ?? '') ? [] : (['width', 'height'] as const);
		for (const side of sides) {
			if (remote && image[side] === undefined)
				ctx.addIssue({
					code: 'custom',
					path: [side],
					message: `required for an image from another site: give its ${side} in pixels, so the page keeps its room before it loads`,
				});
			if (!remote && image[side] !== undefined)
				ctx.addIssue({ code: 'custom', path: [side], message: 'only for images from another site: the site reads the size of its own files; remove it' });
		}
		if (image.src && !image.alt)
			ctx.addIssue({ code: 'custom', path: ['alt'], message: 'required when src is set: describe the image for readers who cannot see it' });
		if (!image.src && !image.caption && !image.credit)
			ctx.addIssue({ code: 'custom', path: ['src'], message: 'an image needs at least a src, a caption or a credit' });
	});

export type EntryImage = z.infer<typeof imageSchema>;
