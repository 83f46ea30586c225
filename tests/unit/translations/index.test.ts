/** The interface dictionaries: complete in every language, translated, and every key in use. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FEED_FORMATS } from '../../../src/lib/feeds/sources.ts';
import type { Message, PluralMessage } from '../../../src/lib/i18n/translate.ts';
import { FILTER_KEYS } from '../../../src/lib/search/state.ts';
import { en } from '../../../src/translations/en.ts';
import { LANGUAGES, messagesFor, translatorFor } from '../../../src/translations/index.ts';

const KEYS = Object.keys(en) as (keyof typeof en)[];
const placeholders = (message: Message) =>
	[...new Set((typeof message === 'string' ? message : Object.values(message).join(' ')).match(/\{\w+\}/g) ?? [])].sort();

/** Every source file that may name a key (the dictionaries themselves left out). */
function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'translations' ? [] : sources(path);
		return /\.(ts|astro)$/.test(entry.name) ? [readFileSync(path, 'utf8')] : [];
	});
}

describe('dictionaries', () => {
	test.each(LANGUAGES.map((language) => [language.code, language] as const))('%s has every key, with the English placeholders', (code, language) => {
		for (const key of KEYS) {
			const message = language.dictionary[key];
			expect(message, `${code}: ${key} is missing`).toBeDefined();
			expect(placeholders(message!), `${code}: ${key}`).toEqual(placeholders(en[key]));
		}
	});

	/** Messages spelt as in English on purpose: names (the acronym, feed formats) and French words that are English ones too. */
	const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
		'*': ['site.ownerShort', 'feeds.rss', 'feeds.atom', 'feeds.json', 'publication.isbn', 'publication.doi'],
		fr: ['filter.type', 'entry.dates', 'pagination.page'],
	};

	test.each(LANGUAGES.filter((language) => language.code !== 'en').map((language) => [language.code, language] as const))(
		'%s leaves no message in English',
		(code, language) => {
			const allowed = new Set([...SAME_AS_ENGLISH['*']!, ...(SAME_AS_ENGLISH[code] ?? [])]);
			// A message of placeholders and punctuation only ("{title} ({format})") reads the same in every language.
			const words = (message: Message) => /\p{L}/u.test(JSON.stringify(message).replace(/\{\w+\}/g, ''));
			for (const key of KEYS)
				if (!allowed.has(key) && words(en[key])) expect(JSON.stringify(language.dictionary[key]), `${code}: ${key}`).not.toBe(JSON.stringify(en[key]));
		},
	);

	test.each(LANGUAGES.map((language) => [language.code, language] as const))('%s plural messages have every form its language uses', (code, language) => {
		const categories = new Intl.PluralRules(language.locale).resolvedOptions().pluralCategories;
		for (const key of KEYS) {
			const message = language.dictionary[key] as Message | undefined;
			if (typeof message !== 'object') continue;
			for (const category of categories) expect((message as PluralMessage)[category], `${code}: ${key} has no "${category}" form`).toBeDefined();
		}
	});

	test('every key is used by a page, layout, component or module', () => {
		const code = sources(join(import.meta.dirname, '../../../src')).join('\n');
		// Keys built from data, as the components build them: t(`filter.${key}`), t(`feeds.${format}`), t(`${taxonomy}.title`), t(`kind.${kind}`).
		const built = new Set([
			...FILTER_KEYS.map((key) => `filter.${key}`),
			...FEED_FORMATS.map((format) => `feeds.${format}`),
			...['topics', 'regions'].flatMap((taxonomy) => [`${taxonomy}.title`, `${taxonomy}.intro`]),
		]);
		const unused = KEYS.filter((key) => !built.has(key) && !code.includes(`'${key}'`));
		expect(unused).toEqual([]);
	});

	test('messagesFor keeps plural forms for the search script', () => {
		expect(messagesFor('en', ['search.results', 'search.loading'])).toEqual({ 'search.results': en['search.results'], 'search.loading': en['search.loading'] });
	});

	test('translatorFor picks plural forms', () => {
		const t = translatorFor('en');
		expect(t('listing.count', { count: 1 })).toBe('1 item');
		expect(t('listing.count', { count: 400 })).toBe('400 items');
	});
});
