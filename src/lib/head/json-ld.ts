/**
 * JSON-LD serialisation for `<script type="application/ld+json">`. JSON.stringify
 * alone is not safe inside HTML: a value containing `</script>` or `<!--` would
 * end or disturb the script element. Every `<`, `>` and `&` is written as a
 * `\uXXXX` escape (still the same JSON), and so are U+2028/U+2029.
 */

/** Replaces characters that could break out of a script element by JSON escapes. */
export function escapeJsonForHtml(json: string): string {
	return json.replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Drops `undefined`, empty strings and empty arrays, so the output has only real values. */
function prune(value: unknown): unknown {
	if (Array.isArray(value)) {
		const items = value.map(prune).filter((item) => item !== undefined);
		return items.length ? items : undefined;
	}
	if (value && typeof value === 'object') {
		const entries = Object.entries(value)
			.map(([key, item]) => [key, prune(item)] as const)
			.filter(([, item]) => item !== undefined);
		return Object.fromEntries(entries);
	}
	return value === '' || value === null ? undefined : value;
}

/** The text content of a JSON-LD script element: compact JSON, safe inside HTML. */
export function serializeJsonLd(data: Record<string, unknown>): string {
	return escapeJsonForHtml(JSON.stringify(prune(data)));
}
