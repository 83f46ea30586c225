/**
 * Content loader for one entry type. Unlike Astro's glob() loader, which logs
 * and skips files it cannot read or render, this one fails the build on any
 * problem, lists every problem at once as `file:line: field: message`, takes
 * the slug from the file name, rejects duplicate slugs across types, and checks
 * `related` slugs. The content folder is checked as a whole, by the check
 * `npm run check:content` runs (src/entry-files/check.ts): Astro runs one
 * loader per type and stops at the first that fails, so each loader fails
 * with the problems of every type, and the first one of a build prints the
 * warnings. Rendering is skipped for files whose content is unchanged;
 * rendered bodies are kept as files beside the data store (src/lib/build-cache/body-files.ts).
 * Many bodies (a cold cache) are rendered on threads (src/lib/markdown/threads/).
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { bodyFolder, hasBodyFile, pruneBodyFiles, writeBodyFile } from '../lib/build-cache/body-files.ts';
import { checkContent, type CheckedEntry, type ContentCheck } from '../entry-files/check.ts';
import { findEntryFiles } from '../entry-files/files.ts';
import { bodyImageImports, withImageImports } from '../entry-files/images.ts';
import { ContentError, formatProblem, type ContentProblem } from '../entry-files/problems.ts';
import type { EntrySchemas, EntryType } from '../entry-types/index.ts';
import { readVerdicts, verdictSalt, writeVerdicts, type Verdicts } from '../entry-files/verdicts.ts';
import { VOCABULARY_FILES } from '../schemas/vocabulary.ts';
import { SITE_LANGUAGES_ENV } from '../lib/i18n/site-languages.ts';
import { todayCalendarDate } from '../lib/dates/calendar-dates.ts';
import { excerptFromMarkdown } from '../lib/markdown/excerpt.ts';
import { renderBody } from '../lib/markdown/render.ts';
import { BodyFailure, RenderPool } from '../lib/markdown/threads/pool.ts';

/**
 * Fewer changed bodies than this render on the main thread: a thread takes ~0.4 s to start and load the renderer,
 * in which the main thread renders about a thousand (docs/performance.md).
 */
export const MIN_BODIES_FOR_THREADS = 1000;

/**
 * One per build, shared by the loaders of every type: a thread for each core but the main thread's, which checks and
 * stores meanwhile (two threads on two cores slowed the check beside them), and a few at most, each holding a renderer.
 */
const renderPool = new RenderPool(Math.min(availableParallelism() - 1, 4));

/** The problem of a body file that could not be written. */
function writeProblem(name: string, error: Error): ContentProblem {
	return { file: name, line: 1, field: 'body', message: `cannot be written to the build cache: ${error.message}` };
}

/** A promise's outcome as a value: a render that fails before its turn must not count as an unhandled rejection. */
function settled<T>(promise: Promise<T>): Promise<{ value: T } | { error: unknown }> {
	return promise.then(
		(value) => ({ value }),
		(error: unknown) => ({ error }),
	);
}

export interface EntriesLoaderOptions {
	/** The type this loader loads. */
	type: EntryType;
	/** Absolute path of the content folder. */
	contentDir: string;
	/** Schemas bound to the site's vocabularies. */
	schemas: EntrySchemas;
}

const vocabularyFiles = (contentDir: string) => VOCABULARY_FILES.map((name) => join(contentDir, `taxonomies/${name}.yaml`));

/** What the content folder holds now: its entry files and vocabularies, with their sizes and change times; and how many entry files. */
function folderState(contentDir: string): { state: string; files: number } {
	const files = findEntryFiles(contentDir).files;
	const paths = [...files.map((file) => file.path), ...vocabularyFiles(contentDir)];
	const state = paths
		.map((path) => {
			try {
				const { size, mtimeMs, ctimeMs } = statSync(path);
				return `${path}\u0000${size}\u0000${mtimeMs}\u0000${ctimeMs}`;
			} catch {
				return path;
			}
		})
		.join('\n');
	return { state, files: files.length };
}

/** The latest check of the folder, shared by the loaders of one build (or one change in `astro dev`); each type takes its entries once. */
let shared: { contentDir: string; state: string; check: ContentCheck; taken: Set<EntryType> } | undefined;

/**
 * The content check with the verdicts of the last one (src/entry-files/verdicts.ts), kept in the build cache: salted
 * with the site's code, its dependencies, the vocabularies and the languages built, on which every verdict depends.
 */
function checkWithVerdicts(contentDir: string, schemas: EntrySchemas, root: string, cacheDir: string, onEntry?: (entry: CheckedEntry) => void): ContentCheck {
	const file = join(cacheDir, 'entry-verdicts.json');
	const salt = verdictSalt(
		[join(root, 'src'), join(root, 'astro.config.mjs'), join(root, 'package-lock.json'), ...vocabularyFiles(contentDir)],
		[process.version, process.env[SITE_LANGUAGES_ENV] ?? ''],
	);
	const verdicts: Verdicts = { previous: readVerdicts(file, salt), current: new Map() };
	const check = checkContent(contentDir, schemas, todayCalendarDate(), verdicts, onEntry);
	const same = verdicts.current.size === verdicts.previous.size && [...verdicts.current.keys()].every((key) => verdicts.previous.has(key));
	if (!same) writeVerdicts(file, salt, verdicts.current);
	return check;
}

/**
 * The shared check, run again when the folder changed or this type took its entries already. On a cold cache (`cold`:
 * this type's store is empty) every body will be rendered, so each entry's body goes to the render threads as soon as
 * it is checked, and they render while this thread checks the rest.
 */
function sharedCheck(
	contentDir: string,
	schemas: EntrySchemas,
	type: EntryType,
	root: string,
	cacheDir: string,
	cold: boolean,
): { check: ContentCheck; fresh: boolean } {
	const { state, files } = folderState(contentDir);
	const fresh = !shared || shared.contentDir !== contentDir || shared.state !== state || shared.taken.has(type);
	if (fresh) {
		renderPool.forgetAhead();
		const ahead = cold && files >= MIN_BODIES_FOR_THREADS;
		const prefetch = (entry: CheckedEntry) => renderPool.prefetch(entry.body, bodyFolder(cacheDir, entry.file.type));
		shared = { contentDir, state, check: checkWithVerdicts(contentDir, schemas, root, cacheDir, ahead ? prefetch : undefined), taken: new Set() };
	}
	shared!.taken.add(type);
	return { check: shared!.check, fresh };
}

export function entriesLoader({ type, contentDir, schemas }: EntriesLoaderOptions): Loader {
	async function load({ store, renderMarkdown, generateDigest, config, logger }: LoaderContext): Promise<void> {
		const cacheDir = fileURLToPath(config.cacheDir);
		const bodies = bodyFolder(cacheDir, type);
		const bodiesInUse = new Set<string>();
		/** Body files being written; all are on disk before the loader returns. */
		const writes: Promise<void>[] = [];
		const { check, fresh } = sharedCheck(contentDir, schemas, type, fileURLToPath(config.root), cacheDir, store.keys().length === 0);
		if (fresh) for (const warning of check.warnings) logger.warn(formatProblem(warning));
		if (check.problems.length) throw new ContentError(check.problems);
		const problems: ContentProblem[] = [];
		const mine = check.entries.get(type) ?? [];
		// The check keeps each type's sources only until its loader has taken them.
		check.entries.delete(type);
		const untouched = new Set(store.keys());
		/** The entries to render, in order: files whose content changed since the last build, or whose body file is gone. */
		const changed: { entry: CheckedEntry; digest: string; filePath: string }[] = [];
		for (const entry of mine) {
			untouched.delete(entry.id);
			const digest = generateDigest(entry.source);
			const stored = store.get(entry.id);
			// Astro wants a path relative to the root, even for a CONTENT_DIR outside it (then it starts with ../).
			const filePath = relative(process.cwd(), entry.file.path);
			// A moved folder keeps its entries' digests, but their images are imported from the new place.
			if (stored?.digest === digest && stored.filePath === filePath && hasBodyFile(stored.data['bodyFile'])) {
				bodiesInUse.add(stored.data['bodyFile']);
				continue;
			}
			changed.push({ entry, digest, filePath });
		}
		// Sent to the render threads all at once (if the check has not sent them ahead), so that they render while this
		// thread stores the bodies done; a few bodies (one edit, the launch content) render sooner here than threads start.
		const onThreads = changed.length >= MIN_BODIES_FOR_THREADS;
		const renders = changed.map(({ entry }) => {
			// render() takes a body sent ahead too; below the threshold only those are used.
			const rendering = onThreads ? renderPool.render(entry.body, bodies) : renderPool.take(entry.body, bodies);
			return rendering && settled(rendering);
		});
		let onThread = 0;
		for (const [index, { entry, digest, filePath }] of changed.entries()) {
			const { file, id, name, data, body } = entry;
			try {
				const threaded = await renders[index];
				if (threaded) onThread++;
				if (threaded && 'error' in threaded) throw threaded.error;
				const done = threaded?.value ?? { excerpt: excerptFromMarkdown(body) };
				let bodyFile = done.bodyFile;
				if (bodyFile === undefined) {
					// The fast renderer gives the same HTML as the configured unified pipeline, far sooner (src/lib/markdown/render.ts).
					const rendered = (threaded ? undefined : renderBody(body)) ?? (await renderMarkdown(body));
					// The HTML goes to a file, not into the data store, which Astro bundles whole into the build (src/lib/build-cache/body-files.ts);
					// nor does the Markdown `body`, which no page reads.
					const { path, written } = writeBodyFile(bodies, rendered.html);
					writes.push(written.catch((error: Error) => void problems.push(writeProblem(name, error))));
					bodyFile = path;
				}
				bodiesInUse.add(bodyFile);
				// Local images become imports, resolved from the entry's file: pages get their metadata, and Astro optimises them.
				// The body's own images too, by the URL its HTML names them with (src/lib/images/body.ts).
				const bodyImages = bodyImageImports(body, file.path);
				store.set({
					id,
					data: {
						...withImageImports(data, file.path),
						excerpt: done.excerpt,
						bodyFile,
						...(Object.keys(bodyImages).length ? { bodyImages } : {}),
					},
					filePath,
					digest,
				});
			} catch (error) {
				problems.push(
					error instanceof BodyFailure && error.step === 'write'
						? writeProblem(name, error)
						: { file: name, line: 1, field: 'body', message: `cannot be rendered: ${(error as Error).message}` },
				);
			}
		}
		await Promise.all(writes);
		if (problems.length) throw new ContentError(problems);
		if (onThread) logger.info(`${onThread} of ${changed.length} changed bodies rendered on render threads`);
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
