/**
 * The Hugo peer (scripts/bench-peers.ts): a project of bare templates over the
 * benchmark corpus, for Debian's Hugo (0.111 in bookworm, the old template
 * lookup under layouts/_default/). A detail page per entry, the entries of a
 * type newest first in lists of twenty (`/news/`, `/news/page/2/`, …) and a
 * home page linking the three. Taxonomies, feeds, the sitemap, robots.txt and
 * the 404 page are off; the corpus's other front matter (topics, files,
 * editions, …) is left to Hugo as page parameters, and its dates are plain
 * YAML dates, which Hugo parses.
 */
import { PAGE_SIZE, type ProjectFiles } from './common.ts';

const DATE = '<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>';

/** The project's files: config.toml and its layouts. `contentDir` is the corpus (an absolute path). */
export function hugoSiteFiles(contentDir: string): ProjectFiles {
	return {
		'config.toml': `baseURL = "https://www.example.org/"
languageCode = "en"
title = "Peer: Hugo"
contentDir = ${JSON.stringify(contentDir)}
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
# Translations (<slug>.<lang>.md) and the site's vocabularies are not built.
ignoreFiles = ['\\.[a-z]{2}\\.md$', '/taxonomies/']
paginate = ${PAGE_SIZE}

[taxonomies]
`,
		'layouts/_default/single.html': `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>
<main data-pagefind-body>
<h1>{{ .Title }}</h1>
<p>${DATE}</p>
{{ .Content }}
</main>
</body>
</html>
`,
		'layouts/_default/list.html': `{{ $pager := .Paginate .Pages -}}
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }}, page {{ $pager.PageNumber }}</title></head>
<body>
<main>
<h1>{{ .Title }}</h1>
<ul>
{{ range $pager.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ${DATE}</li>
{{ end }}</ul>
<nav>{{ with $pager.Prev }}<a href="{{ .URL }}">Newer</a> {{ end }}{{ with $pager.Next }}<a href="{{ .URL }}">Older</a>{{ end }}</nav>
</main>
</body>
</html>
`,
		'layouts/index.html': `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head>
<body>
<main>
<h1>{{ .Site.Title }}</h1>
<ul>
{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
</main>
</body>
</html>
`,
	};
}

/** `hugo` arguments: build `projectDir` into `outDir`, with its file cache in `cacheDir` (emptied beforehand for a cold build). */
export function hugoArgs(projectDir: string, outDir: string, cacheDir: string): string[] {
	return ['--source', projectDir, '--destination', outDir, '--cacheDir', cacheDir, '--cleanDestinationDir'];
}
