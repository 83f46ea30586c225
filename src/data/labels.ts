/** The labels of entry types and publication kinds in an interface language. */
import { entryType, type EntryType, type TypeLabels } from '../entry-types/index.ts';
import { DEFAULT_LANG } from '../lib/routing/paths.ts';
import { translatorFor, type LanguageCode, type UiKey } from '../translations/index.ts';

/** A type's labels in `lang` (the default language's where a descriptor lacks it; the translations test keeps them complete). */
export function typeLabels(type: EntryType, lang: LanguageCode): TypeLabels {
	const { labels } = entryType(type);
	return labels[lang] ?? labels[DEFAULT_LANG]!;
}

/** The label of an entry on cards and results: its publication kind, else its type ("Event"). */
export function entryLabel(type: EntryType, kind: string | undefined, lang: LanguageCode): string {
	return kind ? translatorFor(lang)(`kind.${kind}` as UiKey) : typeLabels(type, lang).one;
}
