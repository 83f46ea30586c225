/**
 * Characters no output of the site may carry: the C0 controls but tab, line
 * feed and carriage return, DEL, U+FFFE and U+FFFF, and unpaired surrogates.
 * XML 1.0 forbids them (one of them makes a feed unreadable for every
 * subscriber) and RFC 5545 forbids the controls in calendar text. Entries
 * and vocabularies that hold one are refused; the feed and calendar writers
 * replace any that still reach them with U+FFFD, so no output is ever broken.
 */

const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, 'g');

/** Names editors recognise, with where the character usually comes from. */
const NAMES: Record<string, string> = {
	'\u0000': 'a null character (U+0000)',
	'\u0008': 'a backspace (U+0008)',
	'\u000b': 'a vertical tab (U+000B), which word processors paste for a line break',
	'\u000c': 'a form feed (U+000C), which word processors paste for a page break',
	'\u001b': 'an escape character (U+001B)',
	'\u007f': 'a delete character (U+007F)',
	'\ufffe': 'the non-character U+FFFE',
	'\uffff': 'the non-character U+FFFF',
};

/** The first forbidden character of `text` and where it is, or undefined. */
export function findForbiddenCharacter(text: string): { index: number; char: string } | undefined {
	const match = FORBIDDEN.exec(text);
	return match ? { index: match.index, char: match[0] } : undefined;
}

/** "a vertical tab (U+000B), …" */
export function characterName(char: string): string {
	const code = char.charCodeAt(0);
	return (
		NAMES[char] ??
		(code >= 0xd800 && code <= 0xdfff
			? `half of a character pair (U+${code.toString(16).toUpperCase()})`
			: `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`)
	);
}

/** `text` with every forbidden character replaced by U+FFFD (the writers' last line of defence). */
export function replaceForbiddenCharacters(text: string): string {
	return FORBIDDEN.test(text) ? text.replace(FORBIDDEN_ALL, '\ufffd') : text;
}

/** Every string of a parsed value (keys included) holding a forbidden character: its path and the first such character. */
export function forbiddenCharactersIn(value: unknown): { path: (string | number)[]; char: string }[] {
	const found: { path: (string | number)[]; char: string }[] = [];
	const seen = new Set<object>();
	const stack: [unknown, (string | number)[]][] = [[value, []]];
	while (stack.length) {
		const [node, path] = stack.pop()!;
		if (typeof node === 'string') {
			const hit = findForbiddenCharacter(node);
			if (hit) found.push({ path, char: hit.char });
		} else if (typeof node === 'object' && node !== null && !seen.has(node)) {
			seen.add(node);
			const entries = Object.entries(node);
			for (let i = entries.length - 1; i >= 0; i--) {
				const [key, child] = entries[i]!;
				const hit = findForbiddenCharacter(key);
				if (hit) found.push({ path: [...path, key], char: hit.char });
				stack.push([child, [...path, Array.isArray(node) ? Number(key) : key]]);
			}
		}
	}
	return found;
}
