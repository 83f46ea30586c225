/**
 * Interface-string lookup with `{name}` placeholders and plural forms chosen
 * by `Intl.PluralRules`, so that each language declares the forms it has
 * (Arabic six, Russian four, Chinese one) instead of `count === 1 ? … : …`.
 */

/** A message with one text per plural category the language uses; `other` is always there. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A dictionary entry: plain text, or plural forms (picked by the `count` variable). */
export type Message = string | PluralMessage;

/** Values for a message's `{placeholders}`. */
export type MessageVars = Record<string, string | number>;

/** `t(key, vars)`: the message in the translator's language, placeholders filled in. */
export type Translate<Key extends string> = (key: Key, vars?: MessageVars) => string;

/** Replaces `{name}` by `vars.name`; unknown placeholders stay visible, values are inserted literally. */
export function fillPlaceholders(template: string, vars: MessageVars | undefined): string {
	if (!vars) return template;
	return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** The form of a plural message for `count` in `locale`. */
export function pluralForm(message: PluralMessage, count: number, rules: Intl.PluralRules): string {
	return message[rules.select(count)] ?? message.other;
}

/**
 * A translator over `dictionary` (the language's messages) for `locale`;
 * `fallback` holds the messages of the default language, used for keys the
 * dictionary lacks (the dictionary test keeps every language complete).
 */
export function createTranslator<Key extends string>(
	locale: string,
	dictionary: Partial<Record<Key, Message>>,
	fallback: Record<Key, Message>,
): Translate<Key> {
	const rules = new Intl.PluralRules(locale);
	return (key, vars) => {
		const message = dictionary[key] ?? fallback[key];
		if (typeof message === 'string') return fillPlaceholders(message, vars);
		const count = Number(vars?.['count']);
		return fillPlaceholders(pluralForm(message, Number.isFinite(count) ? count : 0, rules), vars);
	};
}
