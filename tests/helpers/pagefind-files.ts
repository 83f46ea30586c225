/**
 * The files a reader's browser fetches from a Pagefind bundle, read the way
 * Pagefind's script reads them: `pagefind-entry.json` names the language's
 * metadata file, whose contents (gzip, a `pagefind_dcd` signature, then CBOR)
 * name every fragment, index chunk and filter file. Used by the tests that
 * check a site's search still works after a stopped build or during a deploy.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** A built site's Pagefind bundles (relative folders): the full-text one of each language, then the browse index. */
export function searchBundles(site: string): string[] {
	const languages = existsSync(join(site, 'pagefind'))
		? readdirSync(join(site, 'pagefind')).filter((name) => existsSync(join(site, 'pagefind', name, 'pagefind-entry.json')))
		: [];
	return [...languages.sort().map((lang) => `pagefind/${lang}`), 'pagefind-browse'];
}

type Cbor = number | string | Uint8Array | Cbor[] | Map<Cbor, Cbor> | boolean | null | undefined;

/** A minimal CBOR decoder: the types Pagefind's metadata uses (integers, strings, arrays, maps). */
function decodeCbor(bytes: Uint8Array): Cbor {
	let at = 0;
	const length = (info: number): number => {
		if (info < 24) return info;
		const size = 2 ** (info - 24);
		let value = 0;
		for (let i = 0; i < size; i++) value = value * 256 + bytes[at++]!;
		return value;
	};
	const item = (): Cbor => {
		const head = bytes[at++]!;
		const major = head >> 5;
		const info = head & 31;
		if (major === 7) return info === 20 ? false : info === 21 ? true : null;
		const n = length(info);
		switch (major) {
			case 0:
				return n;
			case 1:
				return -1 - n;
			case 2:
				return bytes.slice(at, (at += n));
			case 3:
				return new TextDecoder().decode(bytes.slice(at, (at += n)));
			case 4:
				return Array.from({ length: n }, item);
			case 5: {
				const map = new Map<Cbor, Cbor>();
				for (let i = 0; i < n; i++) map.set(item(), item());
				return map;
			}
			default:
				return item();
		}
	};
	return item();
}

/** The language hashes a `pagefind-entry.json` names. */
export function entryHashes(entryJson: string): string[] {
	const entry = JSON.parse(entryJson) as { languages: Record<string, { hash: string }> };
	return Object.values(entry.languages).map((language) => language.hash);
}

/** The metadata file of a language hash, relative to the bundle folder. */
export const metaFile = (hash: string) => `pagefind.${hash}.pf_meta`;

const SIGNATURE = 'pagefind_dcd';

/** The fragment, index and filter files (relative to the bundle folder) a metadata file names. */
export function filesOfMeta(meta: Uint8Array): string[] {
	const raw = gunzipSync(meta);
	if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error('not a Pagefind metadata file');
	const [, pages, chunks, filters] = decodeCbor(raw.subarray(SIGNATURE.length)) as [string, [string, number][], [string, string, string][], [string, string][]];
	return [
		...pages.map(([hash]) => `fragment/${hash}.pf_fragment`),
		...chunks.map(([, , hash]) => `index/${hash}.pf_index`),
		...filters.map(([, hash]) => `filter/${hash}.pf_filter`),
	];
}
