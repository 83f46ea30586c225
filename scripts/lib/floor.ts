/**
 * The benchmark's floor (scripts/bench-floor.ts): what a build of this size
 * costs before the site does anything of its own. Astro alone builds the same
 * number of one-paragraph pages from a one-file project (no content
 * collections, layouts or integrations); Pagefind alone indexes the real
 * entry pages. Their sum is a lower bound of `npm run build`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BUILD_SECONDS_BUDGET } from './measure.ts';

/** The files of the smallest Astro project that writes `pages` static pages, by path. */
export function floorSiteFiles(pages: number): Record<string, string> {
	if (!Number.isInteger(pages) || pages < 1) throw new Error(`The floor site needs a positive whole number of pages, got ${pages}`);
	return {
		'package.json': `${JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }, null, '\t')}\n`,
		// The site's own build concurrency (astro.config.mjs), so that rendering is compared like for like.
		'astro.config.mjs': "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({ output: 'static', build: { concurrency: 8 } });\n",
		'src/pages/[page].astro': `---
export function getStaticPaths() {
	return Array.from({ length: ${pages} }, (_, i) => ({ params: { page: \`page-\${i + 1}\` }, props: { n: i + 1 } }));
}
const { n } = Astro.props;
---
<html lang="en">
	<head><meta charset="utf-8" /><title>Page {n}</title></head>
	<body><main><h1>Page {n}</h1><p>One paragraph of page {n}.</p></main></body>
</html>
`,
	};
}

/** Writes the project of `floorSiteFiles(pages)` into `dir`. */
export function writeFloorSite(dir: string, pages: number): void {
	for (const [path, content] of Object.entries(floorSiteFiles(pages))) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), content);
	}
}

export interface FloorParts {
	/** Astro's build of the one-file project, start to exit. */
	astroSeconds: number;
	/** Pagefind's full-text index of the real entry pages. */
	searchSeconds: number;
}

export interface FloorSummary {
	/** Astro alone plus Pagefind alone. */
	floorSeconds: number;
	/** The build-time budget for this many entries, if there is one. */
	budgetSeconds?: number | undefined;
	/** What the budget leaves for the site's own work (negative: the floor alone is over it). */
	leftSeconds?: number | undefined;
	/** What the last full build spent beyond the floor, when its time is known. */
	beyondSeconds?: number | undefined;
}

/** Sums the floor and sets it against the budget and, when given, the full build's time. */
export function floorSummary(entries: number, { astroSeconds, searchSeconds }: FloorParts, buildSeconds?: number): FloorSummary {
	const floorSeconds = astroSeconds + searchSeconds;
	const budgetSeconds = BUILD_SECONDS_BUDGET[entries];
	return {
		floorSeconds,
		budgetSeconds,
		leftSeconds: budgetSeconds === undefined ? undefined : budgetSeconds - floorSeconds,
		beyondSeconds: buildSeconds === undefined ? undefined : buildSeconds - floorSeconds,
	};
}
