/**
 * The Eleventy peer (scripts/bench-peers.ts): one configuration file whose
 * templates are all virtual (Eleventy 3's `addTemplate`), Nunjucks, over the
 * benchmark corpus as the input folder. Each entry's Markdown is a detail page
 * (its default address, `/news/<slug>/`, through a global `layout`); each type
 * gets a collection, newest first, paginated twenty to a page (`/news/`,
 * `/news/page/2/`, …); a home page links the three. Markdown is not run
 * through a template language first (`markdownTemplateEngine: false`): the
 * bodies hold no template syntax. The corpus's other front matter (topics,
 * files, editions, …) is data Eleventy ignores.
 */
import { PAGE_SIZE, PEER_TYPES, type ProjectFiles } from './common.ts';

/** The npm package, installed on demand outside the project's dependencies. */
export const ELEVENTY_PACKAGE = '@11ty/eleventy@3';

/** The command line, relative to the folder the package was installed into with `npm install --prefix`. */
export const ELEVENTY_BIN = 'node_modules/@11ty/eleventy/cmd.cjs';

const DATE = '<time datetime="{{ page.date | isoDate }}">{{ page.date | longDate }}</time>';

const DETAIL = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body>
<main data-pagefind-body>
<h1>{{ title }}</h1>
<p>${DATE}</p>
{{ content | safe }}
</main>
</body>
</html>
`;

const LIST = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ heading }}, page {{ pagination.pageNumber + 1 }}</title></head>
<body>
<main>
<h1>{{ heading }}</h1>
<ul>
{% for item in items %}<li><a href="{{ item.url }}">{{ item.data.title }}</a> <time datetime="{{ item.date | isoDate }}">{{ item.date | longDate }}</time></li>
{% endfor %}</ul>
<nav>{% if pagination.href.previous %}<a href="{{ pagination.href.previous }}">Newer</a> {% endif %}{% if pagination.href.next %}<a href="{{ pagination.href.next }}">Older</a>{% endif %}</nav>
</main>
</body>
</html>
`;

const HOME = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Peer: Eleventy</title></head>
<body>
<main>
<h1>Peer: Eleventy</h1>
<ul>
{% for type in types %}<li><a href="/{{ type }}/">{{ type | capitalize }}</a></li>
{% endfor %}</ul>
</main>
</body>
</html>
`;

/** The project's files: eleventy.config.mjs, reading `contentDir` and writing `outDir` (absolute paths). */
export function eleventySiteFiles(contentDir: string, outDir: string): ProjectFiles {
	const settings = { contentDir, outDir, types: PEER_TYPES, pageSize: PAGE_SIZE, detail: DETAIL, list: LIST, home: HOME };
	return {
		'package.json': `${JSON.stringify({ name: 'bench-peer-eleventy', private: true, type: 'module' }, null, '\t')}\n`,
		'eleventy.config.mjs': `// The Eleventy peer of npm run bench:peers, written by scripts/lib/peers/eleventy.ts.
const { contentDir, outDir, types, pageSize, detail, list, home } = ${JSON.stringify(settings, null, '\t')};

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export default function (eleventyConfig) {
	// Translations (<slug>.<lang>.md) and the site's vocabularies are not built.
	eleventyConfig.ignores.add('**/*.*.md');
	eleventyConfig.ignores.add('**/taxonomies/**');
	eleventyConfig.addFilter('isoDate', (date) => date.toISOString().slice(0, 10));
	eleventyConfig.addFilter('longDate', (date) => longDate.format(date));
	eleventyConfig.addTemplate('_includes/detail.njk', detail);
	eleventyConfig.addGlobalData('layout', 'detail.njk');
	for (const type of types) {
		eleventyConfig.addCollection(type, (collections) =>
			collections
				.getAll()
				.filter((item) => item.url.startsWith(\`/\${type}/\`))
				.sort((a, b) => b.date - a.date),
		);
		eleventyConfig.addTemplate(\`\${type}-list.njk\`, list, {
			layout: false,
			eleventyExcludeFromCollections: true,
			heading: type[0].toUpperCase() + type.slice(1),
			pagination: { data: \`collections.\${type}\`, size: pageSize, alias: 'items' },
			permalink: \`\${type}/{% if pagination.pageNumber > 0 %}page/{{ pagination.pageNumber + 1 }}/{% endif %}index.html\`,
		});
	}
	eleventyConfig.addTemplate('index.njk', home, { layout: false, eleventyExcludeFromCollections: true, types });
	return { dir: { input: contentDir, output: outDir }, markdownTemplateEngine: false, htmlTemplateEngine: 'njk' };
}
`,
	};
}
