/**
 * Pagefind's web worker, with every index fetch checked. Pagefind searches in
 * a worker, whose fetches the page cannot see, and answers "no results" when
 * an index chunk fails; the search page therefore starts this script in
 * place of Pagefind's `pagefind-worker.js` (src/scripts/search.ts), which wraps
 * the worker's `fetch` with the same check as the page's
 * (src/lib/search/fetch-guard.ts), posts each failure to the page, then runs
 * Pagefind's worker (`?src=`, same origin only). Pagefind ignores messages
 * without an id of its own, so the page alone reads them.
 */
import { FAILURE_MESSAGE, guardedFetch } from '../lib/search/fetch-guard.ts';

/** What this script uses of a classic worker's global scope (the project's types are the page's). */
const scope = globalThis as unknown as {
	fetch: typeof fetch;
	location: { href: string; origin: string };
	postMessage: (message: unknown) => void;
	importScripts: (...urls: string[]) => void;
};

const src = new URL(scope.location.href).searchParams.get('src') ?? '';
const worker = new URL(src, scope.location.href);
scope.fetch = guardedFetch(scope.fetch.bind(scope), (failure) => scope.postMessage({ [FAILURE_MESSAGE]: failure }));
if (worker.origin === scope.location.origin && worker.pathname.endsWith('/pagefind-worker.js')) scope.importScripts(worker.href);
