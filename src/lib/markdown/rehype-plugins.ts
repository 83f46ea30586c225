/**
 * The rehype steps every Markdown body goes through (astro.config.mjs and the
 * unit tests share this list): raw HTML parsed into elements, sanitised with
 * the site's allowlist, then headings and in-page links given safe ids.
 */
import type { RehypePlugins } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeContentAnchors from './content-anchors.ts';
import rehypeDemoteHeadings from './demote-headings.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import rehypeUrlPolicy from './url-policy.ts';

export const rehypePlugins: RehypePlugins = [rehypeRaw, [rehypeSanitize, sanitizeSchema], rehypeUrlPolicy, rehypeDemoteHeadings, rehypeContentAnchors];
