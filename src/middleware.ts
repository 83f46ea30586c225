/**
 * The interface language of every page and endpoint comes from its route:
 * the first path segment when it is a language code (`/fr/…`), else the
 * default language. Pages, layouts and components read it, and the
 * translator and path helpers for it, from `Astro.locals` (as Starlight
 * does), so no helper falls back to English on its own.
 */
import { defineMiddleware } from 'astro:middleware';
import { textDirection } from './lib/i18n/languages.ts';
import { languageOfPath, pathsIn } from './lib/routing/paths.ts';
import { LANGUAGES, translatorFor, type LanguageCode } from './translations/index.ts';

const CODES = LANGUAGES.map((language) => language.code);

export const onRequest = defineMiddleware((context, next) => {
	const lang = languageOfPath(context.url.pathname, import.meta.env.BASE_URL, CODES) as LanguageCode;
	context.locals.lang = lang;
	context.locals.dir = textDirection(lang);
	context.locals.t = translatorFor(lang);
	context.locals.paths = pathsIn(lang);
	return next();
});
