import { z } from 'astro/zod';
import { urlProblem, type UrlUse } from '../lib/routing/link-targets.ts';
import { languageCode } from './language.ts';
import { describeValue, quote } from '../lib/text/quote.ts';
import { text } from './text.ts';

/** A URL field: `use` says whether it is an image; the message says why a URL is refused (src/lib/routing/link-targets.ts). */
export const urlField = (use: UrlUse = {}) =>
	z.string({ error: (issue) => `must be a URL written as text, got ${describeValue(issue.input)}` }).superRefine((url, ctx) => {
		const problem = urlProblem(url, use);
		if (problem) ctx.addIssue({ code: 'custom', message: `${quote(url)} ${problem}` });
	});

/** A link target: an `http(s)://` URL or a site-relative path; `javascript:`, `data:`, mended slashes and the like are refused. */
export const safeUrl = urlField();

/** A file size as readers expect to see it, such as `850 KB` or `1.2 MB`. */
export const fileSize = z
	.string({ error: (issue) => `must be text, got ${describeValue(issue.input)}: write the size like "850 KB" or "1.2 MB"` })
	.regex(/^\d+(\.\d+)? ?(B|KB|MB|GB)$/, { error: (issue) => `${quote(String(issue.input))}: write the size like "850 KB" or "1.2 MB"` });

/** A read-more or download link of an entry. */
export const linkSchema = z.strictObject({
	/** Link text, such as "Read the strategy". */
	label: text('the link text readers see', { required: true }),
	/** Target: http(s) URL or site-relative path. */
	url: safeUrl,
	/** Language of the target, when it differs from the entry's. */
	lang: languageCode.optional(),
	/** File format of a download, such as PDF. */
	format: text('the file format, such as PDF').optional(),
	/** Size of a download, such as "1.2 MB". */
	size: fileSize.optional(),
});

/** A downloadable file of a publication: language and format are required. */
export const fileSchema = z.strictObject({
	/** Link text; defaults to the language name and format. */
	label: text('the link text').optional(),
	/** Download URL: http(s) URL or site-relative path. */
	url: safeUrl,
	/** Language of the file (ISO 639-1). */
	lang: languageCode,
	/** File format, such as PDF or EPUB. */
	format: text('the file format, such as PDF', { required: true }),
	/** Size, such as "1.2 MB"; `npm run covers` fills it in for local PDFs. */
	size: fileSize.optional(),
	/** Number of pages; `npm run covers` fills it in for local PDFs. */
	pages: z
		.number({
			error: (issue) =>
				`must be a number, got ${describeValue(issue.input)}: write the number of pages as a whole number, such as 48 (npm run covers fills it in for local PDFs)`,
		})
		.int({ error: 'write the number of pages as a whole number, such as 48 (npm run covers fills it in for local PDFs)' })
		.min(1, { error: 'write the number of pages as a whole number, such as 48 (npm run covers fills it in for local PDFs)' })
		.optional(),
});

export type EntryLink = z.infer<typeof linkSchema>;
export type EntryFile = z.infer<typeof fileSchema>;
