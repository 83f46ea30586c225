import { z } from 'astro/zod';
import { urlField } from './link.ts';
import { describeValue } from '../lib/text/quote.ts';
import { text } from './text.ts';

/**
 * The entry's photo. Migrated entries may keep only the caption or credit of a
 * photo whose file was lost, so `src` is optional; when it is given, `alt` is required.
 */
export const imageSchema = z
	.strictObject({
		/** Image URL: site path (files in public/) or https:// URL (the site's security policy blocks http:// images). */
		src: urlField({ image: true }).optional(),
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
		if (image.src && !image.alt)
			ctx.addIssue({ code: 'custom', path: ['alt'], message: 'required when src is set: describe the image for readers who cannot see it' });
		if (!image.src && !image.caption && !image.credit)
			ctx.addIssue({ code: 'custom', path: ['src'], message: 'an image needs at least a src, a caption or a credit' });
	});

export type EntryImage = z.infer<typeof imageSchema>;
