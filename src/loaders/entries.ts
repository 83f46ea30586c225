/**
 * Content loader for one entry type. Unlike Astro's glob() loader, which logs
 * and skips files it cannot read or render, this one fails the build on any
 * problem, lists every problem at once as `file:line: field: message`, takes
 * the slug from the file name, rejects duplicate slugs across types, and checks
 * `related` slugs. Rendering is skipped for files whose content is unchanged;
 * rendered bodies are kept as files beside the data store (src/lib/build-cache/body-files.ts).
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { bodyFolder, hasBodyFile, pruneBodyFiles, writeBodyFile } from '../lib/build-cache/body-files.ts';
import { checkSlugs, listEntryFiles, readUtf8 } from '../entry-files/files.ts';
import { ContentError, displayPath, type ContentProblem } from '../entry-files/problems.ts';
import type { EntrySchemas, EntryType } from '../entry-types/index.ts';
import { excerptFromMarkdown } from '../lib/markdown/excerpt.ts';
import { renderBody } from '../lib/markdown/render.ts';
import { originalsFirst, validateEntryFile, type OriginalEntry } from '../entry-files/translations.ts';

export interface EntriesLoaderOptions {
	/** The type this loader loads. */
	type: EntryType;
	/** Absolute path of the content folder. */
	contentDir: string;
	/** Schemas bound to the site's vocabularies. */
	schemas: EntrySchemas;
}

export function entriesLoader({ type, contentDir, schemas }: EntriesLoaderOptions): Loader {
	async function load({ store, renderMarkdown, generateDigest, config }: LoaderContext): Promise<void> {
		const bodies = bodyFolder(fileURLToPath(config.cacheDir), type);
		const bodiesInUse = new Set<string>();
		/** Body files being written; all are on disk before the loader returns. */
		const writes: Promise<void>[] = [];
		const allFiles = listEntryFiles(contentDir);
		const problems: ContentProblem[] = checkSlugs(allFiles).filter((problem) => problem.file.includes(`/${type}/`) || problem.file.startsWith(`${type}/`));
		const knownSlugs = new Set(allFiles.map((file) => file.slug));
		const untouched = new Set(store.keys());
		/** This type's valid originals, which its translations are made from, and their digests. */
		const originals = new Map<string, OriginalEntry>();
		const digests = new Map<string, string>();
		for (const file of originalsFirst(allFiles.filter((entry) => entry.type === type))) {
			const name = displayPath(file.path);
			let source: string;
			try {
				source = readUtf8(file.path);
			} catch (error) {
				if (error instanceof ContentError) {
					problems.push(...error.problems);
					continue;
				}
				throw error;
			}
			const result = validateEntryFile(schemas, file, source, name, knownSlugs, originals);
			if (!result) continue;
			if (!result.ok) {
				problems.push(...result.problems);
				continue;
			}
			const id = file.translation ? `${file.slug}.${file.translation}` : file.slug;
			untouched.delete(id);
			// A translation's data is made from its original's too.
			const digest = generateDigest(file.translation ? `${digests.get(file.slug)}\n${source}` : source);
			if (!file.translation) digests.set(file.slug, digest);
			const stored = store.get(id);
			if (stored?.digest === digest && hasBodyFile(stored.data['bodyFile'])) {
				bodiesInUse.add(stored.data['bodyFile']);
				continue;
			}
			try {
				// The fast renderer gives the same HTML as the configured unified pipeline, far sooner (src/lib/markdown/render.ts).
				const rendered = renderBody(result.body) ?? (await renderMarkdown(result.body));
				// The HTML goes to a file, not into the data store, which Astro bundles whole into the build (src/lib/build-cache/body-files.ts);
				// nor does the Markdown `body`, which no page reads.
				const { path: bodyFile, written } = writeBodyFile(bodies, rendered.html);
				writes.push(
					written.catch(
						(error: Error) => void problems.push({ file: name, line: 1, field: 'body', message: `cannot be written to the build cache: ${error.message}` }),
					),
				);
				bodiesInUse.add(bodyFile);
				// Astro wants a path relative to the root, even for a CONTENT_DIR outside it (then it starts with ../).
				store.set({
					id,
					data: { ...result.data, excerpt: excerptFromMarkdown(result.body), bodyFile },
					filePath: relative(process.cwd(), file.path),
					digest,
				});
			} catch (error) {
				problems.push({ file: name, line: 1, field: 'body', message: `cannot be rendered: ${(error as Error).message}` });
			}
		}
		await Promise.all(writes);
		if (problems.length) throw new ContentError(problems);
		for (const id of untouched) store.delete(id);
		pruneBodyFiles(bodies, bodiesInUse);
	}

	let watching = false;
	return {
		name: `entries-loader:${type}`,
		load: async (context) => {
			await load(context);
			if (!context.watcher || watching) return;
			watching = true;
			// In `astro dev`, reload the collection when any of its files changes.
			context.watcher.add(contentDir);
			context.watcher.on('all', (_event, path) => {
				if (path.startsWith(contentDir) && path.endsWith('.md')) {
					load(context).catch((error: Error) => context.logger.error(error.message));
				}
			});
		},
	};
}
