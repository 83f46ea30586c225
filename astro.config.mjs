// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import pagefind from './src/integrations/pagefind.ts';
import { basePath, siteUrl } from './src/lib/build-env.ts';

export default defineConfig({
	site: siteUrl(),
	base: basePath(),
	trailingSlash: 'always',
	build: { format: 'directory' },
	// Markdown goes through remark/rehype: raw HTML is parsed, then sanitised with an allowlist.
	markdown: {
		processor: unified({
			rehypePlugins: [rehypeRaw, rehypeSanitize],
		}),
	},
	// The sitemap lists every page (404 left out) under `site` and `base`.
	integrations: [pagefind(), sitemap()],
	devToolbar: { enabled: false },
});
