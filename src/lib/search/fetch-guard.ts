/**
 * Telling a failed index fetch from "no results". Pagefind swallows the
 * failure of an index or filter chunk and answers as if nothing matched
 * (Pagefind 1.6: `loadChunk(...).catch(() => {})`), so the search page wraps
 * `fetch` and checks every Pagefind file itself: the status, the whole body
 * (a connection that breaks off rejects while it is read) and its content,
 * which must be Pagefind's signature or a complete gzip stream holding it.
 * A failed file is reported and handed to Pagefind as a failure (the network
 * error again, or a 502 instead of a corrupt body), so Pagefind does not cache
 * it and a retry fetches it anew. Pagefind fetches from its web worker, so the
 * check runs there (src/scripts/pagefind-guard-worker.ts) and on the page (for
 * Pagefind's main-thread fallback). A good file is handed over decompressed,
 * which Pagefind accepts as is (it inflates only what lacks its signature):
 * the check's native decompression replaces Pagefind's own in JavaScript.
 */

/** Files Pagefind fetches, by extension: index, filter and fragment chunks, metadata, WebAssembly. */
const PAGEFIND_FILE = /\.(pf_index|pf_filter|pf_fragment|pf_meta|pagefind)(\?.*)?$/;

/** What every Pagefind file starts with once decompressed (Pagefind's `decompress`). */
const SIGNATURE = 'pagefind_dcd';

/** The key of a failure a worker posts to the page (src/scripts/pagefind-guard-worker.ts). */
export const FAILURE_MESSAGE = 'pagefindFetchFailure';

export interface FetchFailure {
	url: string;
	reason: string;
}

/** True for a URL of a Pagefind file. */
export function isPagefindFile(url: string): boolean {
	return PAGEFIND_FILE.test(url);
}

const startsWithSignature = (bytes: Uint8Array) => new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length)) === SIGNATURE;

/** A Pagefind file decompressed (starting with its signature), or undefined when `bytes` are not a complete one. */
export async function pagefindFileContent(bytes: Uint8Array): Promise<Uint8Array | undefined> {
	if (startsWithSignature(bytes)) return bytes;
	try {
		const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
		const content = new Uint8Array(await new Response(stream).arrayBuffer());
		return startsWithSignature(content) ? content : undefined;
	} catch {
		// Truncated or corrupt gzip.
		return undefined;
	}
}

const urlOf = (input: RequestInfo | URL) => (typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);

/** `fetch`, checking Pagefind files completely and reporting each that fails; other requests go through untouched. */
export function guardedFetch(fetch: typeof globalThis.fetch, report: (failure: FetchFailure) => void): typeof globalThis.fetch {
	return async (input, init) => {
		const url = urlOf(input);
		if (!isPagefindFile(url)) return fetch(input, init);
		let response: Response;
		try {
			response = await fetch(input, init);
		} catch (error) {
			report({ url, reason: `network: ${String(error)}` });
			throw error;
		}
		if (!response.ok) {
			report({ url, reason: `HTTP ${response.status}` });
			return response;
		}
		let bytes: Uint8Array;
		try {
			bytes = new Uint8Array(await response.arrayBuffer());
		} catch (error) {
			report({ url, reason: `body: ${String(error)}` });
			throw error;
		}
		const content = await pagefindFileContent(bytes);
		if (!content) {
			report({ url, reason: 'truncated or corrupt' });
			return new Response(null, { status: 502, statusText: 'Corrupt Pagefind file' });
		}
		return new Response(content as Uint8Array<ArrayBuffer>, { status: response.status, statusText: response.statusText, headers: response.headers });
	};
}
