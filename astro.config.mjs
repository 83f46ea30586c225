// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import admin from './src/integrations/admin.ts';
import stagedRendering from './src/integrations/staged-rendering.ts';
import dataFiles from './src/integrations/data-files.ts';
import dataStoreFile from './src/integrations/data-store-file.ts';
import entryTypeStyles from './src/integrations/entry-type-styles.ts';
import pagefind, { BROWSE_RECORDS } from './src/integrations/pagefind.ts';
import sitemapAlternates from './src/integrations/sitemap-alternates.ts';
import staleOutput from './src/integrations/stale-output.ts';
import { isEditorUrl } from './src/lib/admin/paths.ts';
import { DATA_FILES_HANDOVER } from './src/lib/build-cache/data-files.ts';
import { IMAGES_IN_USE } from './src/lib/build-cache/image-cache.ts';
import { basePath, siteUrl } from './src/lib/routing/deployment.ts';
import { isFirstPageAlias } from './src/lib/routing/paging.ts';
import { rehypePlugins } from './src/lib/markdown/rehype-plugins.ts';

// Every page's versions in the other languages, added to the sitemap in linear time (src/integrations/sitemap-alternates.ts).
const alternates = sitemapAlternates();
// The data API's documents and the citation files, written from one hand-over file (src/integrations/data-files.ts).
const data = dataFiles();
const search = pagefind();

export default defineConfig({
	site: siteUrl(),
	base: basePath(),
	trailingSlash: 'always',
	// Stylesheets are always files, so the server's CSP header (no hashes) allows them too.
	// Eight pages at a time: Astro awaits each page's mkdir and two file writes (the page and its
	// incremental-build copy); one at a time left the renderer idle during that I/O
	// (docs/performance.md).
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
	// The content layer cache (data store, rendered bodies, incremental build); a CI service or a
	// second content folder can keep its own.
	// (Spread, not `undefined`: astro check runs with exactOptionalPropertyTypes.)
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
	// Markdown goes through remark/rehype: raw HTML is parsed, then sanitised with
	// an allowlist (src/lib/markdown/sanitize-schema.ts), then in-page anchors fixed up.
	markdown: {
		processor: unified({ rehypePlugins }),
	},
	// The entry types' stylesheet comes from their descriptors (src/integrations/entry-type-styles.ts).
	// The build reads the content data store from its file, not from a large string literal
	// compiled into the bundle (src/integrations/data-store-file.ts). Then, in this order: write the
	// data files (the API's documents, the citation files) from their hand-over file, remove
	// what earlier builds left in the output (the build writes over it, see
	// src/integrations/stale-output.ts), copy the browser editor's files into /admin/
	// (src/integrations/admin.ts), index the entry pages for search, then list every page (404 and
	// the editor left out) in the sitemap under `site` and `base`. Under `npm run build`, every page is
	// written as a new file and compressed as it is rendered, and the data files and the browse index
	// are made while the other routes render (src/integrations/staged-rendering.ts).
	// (Page 1's second address, `…/page/1/`, only redirects: not listed.)
	integrations: [
		entryTypeStyles(),
		dataStoreFile(),
		data.integration,
		staleOutput({ alsoWritten: data.files }),
		admin(),
		search.integration,
		alternates.integration,
		sitemap({ filter: (page) => !isFirstPageAlias(page) && !isEditorUrl(page, basePath()), serialize: alternates.serialize }),
		// Last, so that its thread compresses on while the hooks above run.
		stagedRendering({
			handOvers: [DATA_FILES_HANDOVER, BROWSE_RECORDS, IMAGES_IN_USE],
			takers: { [DATA_FILES_HANDOVER]: data.takeHandOver, [BROWSE_RECORDS]: search.takeBrowseRecords },
		}),
	],
	// Photos (src/components/Photo.astro) are encoded by sharp. AVIF at sharp's default effort (4) took
	// 4.5 times as long as effort 2 for files 12 % smaller; the build cache keeps every file made, so this
	// is paid once per photo (docs/performance.md).
	image: { service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } } },
	devToolbar: { enabled: false },
	// The dev server watches the project folder, not the generated folders (build output, test
	// sites, scratch space): hundreds of thousands of files exhaust the system's file watchers.
	// Scripts are always files, never inlined however small: the Content Security Policies allow no
	// inline script (the editor's script, src/scripts/admin.ts, is under Vite's 4 KB limit).
	vite: {
		server: { watch: { ignored: ['**/tests/.sites/**', '**/tmp/**', '**/dist/**', '**/.dist.next/**', '**/.dist.previous/**'] } },
		build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
	},
	// Pages whose cache key (src/lib/build-cache/cache-key.ts) and code are unchanged are copied from the
	// last build instead of rendered: a rebuild after editing one entry renders a few pages.
	experimental: { incrementalBuild: true },
});
