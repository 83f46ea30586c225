/**
 * The bare Astro peer (scripts/bench-peers.ts): the smallest Astro project of
 * the same pages, with the project's own Astro and its defaults (no
 * integrations, no schema, Astro's own Markdown pipeline, one page rendered at
 * a time). A content collection with the glob loader over the benchmark
 * corpus, `[...slug].astro` for a detail page per entry (`/news/<slug>/`), and
 * `[type]/page/[...page].astro` with `paginate()` for the entries of each type
 * newest first, twenty to a page (`/news/page/`, `/news/page/2/`, …); a home
 * page links the three. The corpus's other front matter is data the pages
 * leave alone.
 */
import { PAGE_SIZE, PEER_TYPES, type ProjectFiles } from './common.ts';

/** The project's files, reading the corpus in `contentDir` (an absolute path). */
export function astroSiteFiles(contentDir: string): ProjectFiles {
	const types = JSON.stringify(PEER_TYPES);
	return {
		'package.json': `${JSON.stringify({ name: 'bench-peer-astro', private: true, type: 'module' }, null, '\t')}\n`,
		'astro.config.mjs': "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({ output: 'static' });\n",
		'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// Translations (<slug>.<lang>.md) and the site's vocabularies are not built.
export const collections = {
	entries: defineCollection({
		loader: glob({ base: ${JSON.stringify(contentDir)}, pattern: [${JSON.stringify(`{${PEER_TYPES.join(',')}}/*.md`)}, '!**/*.*.md'] }),
	}),
};
`,
		'src/dates.ts': `// YAML dates arrive as Date objects or as strings, whichever the front matter parser made of them.
const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const time = (value: unknown): number => new Date(value as string).getTime();
export const isoDate = (value: unknown): string => new Date(value as string).toISOString().slice(0, 10);
export const longDate = (value: unknown): string => long.format(new Date(value as string));
`,
		'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
import { isoDate, longDate } from '../dates.ts';

export async function getStaticPaths() {
	const entries = await getCollection('entries');
	return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
	<head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
	<body>
		<main data-pagefind-body>
			<h1>{entry.data.title}</h1>
			<p><time datetime={isoDate(entry.data.date)}>{longDate(entry.data.date)}</time></p>
			<Content />
		</main>
	</body>
</html>
`,
		'src/pages/[type]/page/[...page].astro': `---
import type { GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { isoDate, longDate, time } from '../../../dates.ts';

export const getStaticPaths = (async ({ paginate }) => {
	const entries = (await getCollection('entries')).sort((a, b) => time(b.data.date) - time(a.data.date));
	return ${types}.flatMap((type) =>
		paginate(
			entries.filter((entry) => entry.id.startsWith(\`\${type}/\`)),
			{ params: { type }, pageSize: ${PAGE_SIZE} },
		),
	);
}) satisfies GetStaticPaths;
const { page } = Astro.props;
const heading = Astro.params.type[0].toUpperCase() + Astro.params.type.slice(1);
---
<html lang="en">
	<head><meta charset="utf-8" /><title>{heading}, page {page.currentPage}</title></head>
	<body>
		<main>
			<h1>{heading}</h1>
			<ul>
				{page.data.map((entry) => <li><a href={\`/\${entry.id}/\`}>{entry.data.title}</a> <time datetime={isoDate(entry.data.date)}>{longDate(entry.data.date)}</time></li>)}
			</ul>
			<nav>{page.url.prev && <a href={page.url.prev}>Newer</a>} {page.url.next && <a href={page.url.next}>Older</a>}</nav>
		</main>
	</body>
</html>
`,
		'src/pages/index.astro': `---
const types = ${types};
---
<html lang="en">
	<head><meta charset="utf-8" /><title>Peer: Astro</title></head>
	<body>
		<main>
			<h1>Peer: Astro</h1>
			<ul>{types.map((type) => <li><a href={\`/\${type}/page/\`}>{type[0].toUpperCase() + type.slice(1)}</a></li>)}</ul>
		</main>
	</body>
</html>
`,
	};
}
