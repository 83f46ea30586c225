/**
 * What every peer of the comparison (scripts/bench-peers.ts) builds alike from
 * the benchmark corpus: a detail page per entry and lists of twenty per type,
 * each page a bare document whose `<main data-pagefind-body>` holds the
 * entry's title, date and body HTML; then the Pagefind CLI over the entry
 * pages only, as the site's own build indexes them. Translations
 * (`<slug>.<lang>.md`) and the taxonomies are left out: an English-only build
 * of the site has no pages for them either.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TYPE_NAMES } from '../../../src/entry-types/index.ts';
import { entryPageGlob } from '../../../src/integrations/pagefind.ts';

/** Entries per list page. */
export const PAGE_SIZE = 20;

/** The entry types, one folder of the corpus each: news, events, publications. */
export const PEER_TYPES: readonly string[] = TYPE_NAMES;

/** A translation, `<slug>.<lang>.md` (the corpus's slugs have no dot): no peer builds it. */
export const TRANSLATION_FILE = /\.[a-z]{2}\.md$/;

/** A project's files, by path relative to its folder. */
export type ProjectFiles = Record<string, string>;

/** Writes `files` into `dir`, making folders as needed. */
export function writeProject(dir: string, files: ProjectFiles): void {
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), content);
	}
}

/**
 * Arguments of the Pagefind CLI over a peer's output: the entry pages only
 * (`{news,events,publications}/*\/index.html`, the glob of the site's own
 * full-text index), so that every builder's index does the same work.
 */
export function pagefindArgs(site: string): string[] {
	return ['--site', site, '--glob', entryPageGlob(TYPE_NAMES, ['en'])];
}

/** The pages the Pagefind CLI reports as indexed ("Indexed 1000 pages"); undefined when it does not say. */
export function indexedPages(lines: readonly { text: string }[]): number | undefined {
	for (const line of lines) {
		const match = /\bIndexed (\d+) pages?\b/.exec(line.text);
		if (match) return Number(match[1]);
	}
	return undefined;
}

/** HTML files under `dir`, Pagefind's own folder left out: the pages a builder wrote. */
export function htmlPages(dir: string): number {
	let count = 0;
	const walk = (path: string) => {
		for (const entry of readdirSync(path, { withFileTypes: true })) {
			if (entry.isDirectory()) {
				if (!(path === dir && entry.name.startsWith('pagefind'))) walk(join(path, entry.name));
			} else if (entry.name.endsWith('.html')) count++;
		}
	};
	walk(dir);
	return count;
}
