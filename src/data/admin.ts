/**
 * The browser editor's inputs (src/lib/admin/config.ts) from what the site
 * knows: the entry types with their schemas as JSON Schema and what their
 * translations write, the vocabularies with their English labels, the
 * interface and content languages, the backend from the environment and the site's address; and what
 * its page (src/pages/admin/index.astro) tells its script. Plain modules
 * only, so the unit tests build the same configuration as the route
 * (src/pages/admin/config.json.ts), which adds the entries.
 */
import { z } from 'astro/zod';
import ISO6391 from 'iso-639-1';
import { ENTRY_TYPES, type EntrySchemas, type EntryType } from '../entry-types/index.ts';
import { editorBackend } from '../lib/admin/backend.ts';
import type { EditorInput, EditorTerm, EditorType, JsonSchema } from '../lib/admin/config.ts';
import { languageChoices } from '../lib/admin/languages.ts';
import { EDITOR_PATH } from '../lib/admin/paths.ts';
import { PREVIEW_STYLES_PATH } from '../lib/admin/preview.ts';
import { BUNDLED_UI_LOCALE } from '../lib/admin/ui-locale.ts';
import { sveltiaPackage, vendorPath } from '../lib/admin/vendor.ts';
import { absoluteUrl, DEFAULT_LANG, paths, withBase } from '../lib/routing/paths.ts';
import { isWrittenInTranslation } from '../entry-files/translations.ts';
import { inLanguage, type Term } from '../lib/site/taxonomy.ts';
import type { Vocabularies } from '../schemas/vocabulary.ts';
import { LANGUAGES, translatorFor } from '../translations/index.ts';
import { typeLabels } from './labels.ts';

/** The entry types as the editor needs them: labels in the default language, schemas as JSON Schema, pages' paths under `base`. */
export function editorTypes(schemas: EntrySchemas, base = '/'): EditorType[] {
	return ENTRY_TYPES.map((type) => ({
		name: type.name,
		label: typeLabels(type.name, DEFAULT_LANG).other,
		labelSingular: typeLabels(type.name, DEFAULT_LANG).one,
		// The input side: a field with a default may be left out of a file.
		schema: z.toJSONSchema(schemas[type.name], { io: 'input', unrepresentable: 'any' }) as JsonSchema,
		entryPath: (lang) => withBase(paths.entry(lang, type.name, '{{slug}}'), base),
		writtenInTranslation: (path) => isWrittenInTranslation(type.name, path),
	}));
}

/**
 * A vocabulary's terms with their labels in the default language: a select
 * widget's options have one label whatever the editor's interface language.
 */
export function editorTerms(terms: readonly Term[]): EditorTerm[] {
	return terms.map((term) => ({ slug: term.slug, label: inLanguage(term.label, DEFAULT_LANG, DEFAULT_LANG) || term.slug }));
}

/** An entry `related` can name. */
export interface RelatableEntry {
	type: EntryType;
	slug: string;
	title: string;
	date: string;
}

/** Everything the configuration is made from, for this site and build. */
export function siteEditorInput(options: {
	schemas: EntrySchemas;
	vocabularies: Vocabularies;
	entries: readonly RelatableEntry[];
	site: string;
	base: string;
	env?: Record<string, string | undefined>;
}): EditorInput {
	const t = translatorFor(DEFAULT_LANG);
	const { topics, regions, kinds } = options.vocabularies;
	const order = ENTRY_TYPES.map((type) => type.name as string);
	return {
		types: editorTypes(options.schemas, options.base),
		vocabularies: { topics: editorTerms(topics), regions: editorTerms(regions), kinds: editorTerms(kinds) },
		locales: LANGUAGES.map((language) => language.code),
		defaultLocale: DEFAULT_LANG,
		languages: languageChoices(ISO6391.getAllCodes(), DEFAULT_LANG),
		// By type, newest first: "News: <title>".
		entries: [...options.entries]
			.sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type) || b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug))
			.map((entry) => ({ slug: entry.slug, label: `${typeLabels(entry.type, DEFAULT_LANG).one}: ${entry.title}` })),
		backend: editorBackend(options.env),
		siteUrl: absoluteUrl('/', options.site, options.base),
		title: `${t('site.name')} · ${t('site.ownerShort')} content editor`,
	};
}

/** What /admin/'s page tells its script: where the editor's files are, its version and interface languages. */
export function editorPageData(base: string) {
	const pkg = sveltiaPackage();
	return {
		version: pkg.version,
		vendor: withBase(vendorPath(pkg.version), base),
		config: withBase(`${EDITOR_PATH}config.json`, base),
		preview: withBase(PREVIEW_STYLES_PATH, base),
		// US English first, as the bundle registers it.
		locales: [BUNDLED_UI_LOCALE, ...pkg.locales.filter((code) => code !== BUNDLED_UI_LOCALE)],
	};
}
