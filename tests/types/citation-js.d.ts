/** The part of citation-js the tests use: it ships no type declarations. */
declare module '@citation-js/core' {
	/** Parses any input a loaded plugin knows (BibTeX, RIS, CSL-JSON) into CSL-JSON records. */
	export class Cite {
		constructor(data: unknown);
		/** The parsed records, as CSL-JSON. */
		data: unknown[];
		/** Renders the records: `bibliography` (citeproc-js), `bibtex`, `ris`, `data`. */
		format(format: string, options?: Record<string, unknown>): unknown;
	}
}

/** Plugins register their formats with the core when imported; they export nothing the tests use. */
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
