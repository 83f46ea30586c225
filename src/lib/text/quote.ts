/**
 * How messages show what an editor wrote. Values reach messages unchecked
 * (a YAML alias bomb expands to gigabytes, a title may hold a vertical tab), so
 * nothing is ever serialised whole: strings are cut to a few dozen characters
 * with control characters written as escapes, and other values are named by
 * their kind instead of being printed.
 */

/** Characters of a string a message quotes before cutting it. */
export const QUOTE_LENGTH = 40;

/** `"text"`, cut after `max` characters (`"text…" (1,234 characters)`), control characters as `\u000b`-style escapes. */
export function quote(text: string, max = QUOTE_LENGTH): string {
	const characters = Array.from(text.slice(0, max * 2 + 2));
	const cut = characters.length > max || text.length > max * 2 + 2;
	const shown = JSON.stringify(characters.slice(0, max).join('')).replace(
		/[\u007f-\u009f\u2028\u2029\ufffe\uffff]/g,
		(char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
	return cut ? `${shown.slice(0, -1)}…" (${text.length.toLocaleString('en')} characters)` : shown;
}

/** What a value is, for "must be text, got …" messages: a quoted string, a number, true or false, a list, a set of fields. */
export function describeValue(value: unknown): string {
	if (typeof value === 'string') return value.trim() ? `the text ${quote(value)}` : 'empty text';
	if (typeof value === 'number') return `the number ${Number.isFinite(value) ? String(value) : 'that is not finite'}`;
	if (typeof value === 'boolean') return `${value} (a yes/no value)`;
	if (value === null || value === undefined) return 'nothing';
	if (Array.isArray(value)) return `a list (${value.length} item${value.length === 1 ? '' : 's'})`;
	if (typeof value === 'object') return 'a set of fields';
	return `a ${typeof value}`;
}

/** A value as a message shows it: quoted when it is a string, else described. */
export function shown(value: unknown): string {
	return typeof value === 'string' ? quote(value) : describeValue(value);
}
