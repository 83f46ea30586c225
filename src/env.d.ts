/** What src/middleware.ts puts in `Astro.locals` for every page: the page's interface language and its helpers. */
declare namespace App {
	interface Locals {
		/** The page's interface language, from its route. */
		lang: import('./translations/index.ts').LanguageCode;
		/** Its writing direction. */
		dir: 'ltr' | 'rtl';
		/** Interface strings in that language. */
		t: import('./lib/i18n/translate.ts').Translate<import('./translations/index.ts').UiKey>;
		/** Site paths in that language. */
		paths: import('./lib/routing/paths.ts').LocalizedPaths;
	}
}

/** The entry types' stylesheet, made from their descriptors (src/integrations/entry-type-styles.ts). */
declare module 'virtual:entry-type-styles.css';
