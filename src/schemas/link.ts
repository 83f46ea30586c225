import { z } from 'astro/zod';
import { isSafeUrl } from '../lib/routing/link-targets.ts';
import { languageCode } from './language.ts';

/** A link target: an `http(s)://` URL or a site-relative path; `javascript:`, `data:` and the like are refused. */
export const safeUrl = z.string().refine(isSafeUrl, {
	error: (issue) => `${JSON.stringify(issue.input)} is not allowed: use an http:// or https:// URL, or a site path starting with /`,
});

/** A file size as readers expect to see it, such as `850 KB` or `1.2 MB`. */
export const fileSize = z.string().regex(/^\d+(\.\d+)? ?(B|KB|MB|GB)$/, { error: 'write the size like "850 KB" or "1.2 MB"' });

/** A read-more or download link of an entry. */
export const linkSchema = z.strictObject({
	/** Link text, such as "Read the strategy". */
	label: z.string().trim().min(1, { error: 'required: the link text readers see' }),
	/** Target: http(s) URL or site-relative path. */
	url: safeUrl,
	/** Language of the target, when it differs from the entry's. */
	lang: languageCode.optional(),
	/** File format of a download, such as PDF. */
	format: z.string().trim().min(1).optional(),
	/** Size of a download, such as "1.2 MB". */
	size: fileSize.optional(),
});

/** A downloadable file of a publication: language and format are required. */
export const fileSchema = z.strictObject({
	/** Link text; defaults to the language name and format. */
	label: z.string().trim().min(1).optional(),
	/** Download URL: http(s) URL or site-relative path. */
	url: safeUrl,
	/** Language of the file (ISO 639-1). */
	lang: languageCode,
	/** File format, such as PDF or EPUB. */
	format: z.string().trim().min(1, { error: 'required: the file format, such as PDF' }),
	/** Size, such as "1.2 MB". */
	size: fileSize.optional(),
});

export type EntryLink = z.infer<typeof linkSchema>;
export type EntryFile = z.infer<typeof fileSchema>;
