/**
 * The one front-matter parser of the project, used by the build (content
 * loader) and by every tool in `scripts/`. gray-matter is configured so that
 * only YAML is accepted: JavaScript front matter (`---js`, `---javascript`) is
 * refused before any engine runs, and YAML is read with js-yaml's CORE schema,
 * which keeps `2012-03-07` a string instead of turning it into a UTC instant.
 * Options are always passed, so gray-matter's string-keyed cache is never used.
 * js-yaml shares the value of an alias (`*name`) instead of copying it, so a
 * few lines of nested aliases stand for gigabytes once anything walks them:
 * front matter whose aliases expand far beyond what is written is refused.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';

/** A front-matter problem with the 1-based line of the source file where it was found. */
export class FrontMatterError extends Error {
	/** 1-based line in the source file. */
	readonly line: number;
	/** The field it concerns, or '' for the front matter as a whole. */
	readonly field: string;
	constructor(message: string, line: number, field = '') {
		super(message);
		this.line = line;
		this.field = field;
		this.name = 'FrontMatterError';
	}
}

export interface ParsedEntryFile {
	/** Front-matter data (a plain object). */
	data: Record<string, unknown>;
	/** Markdown body after the closing `---`. */
	body: string;
	/** 1-based line where the body starts, to report body problems. */
	bodyLine: number;
}

const yamlEngine = {
	parse: (text: string): object => {
		const value: unknown = yaml.load(text, { schema: yaml.CORE_SCHEMA });
		return (value ?? {}) as object;
	},
	stringify: (data: object): string => yaml.dump(data, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true, quotingType: '"' }),
};

const refused = (language: string) => ({
	parse: (): never => {
		throw new FrontMatterError(`"${language}" front matter is refused: only YAML front matter is allowed (open it with a plain "---" line)`, 1);
	},
	stringify: (): never => {
		throw new Error(`"${language}" front matter is not supported`);
	},
});

/** Characters (and list or field entries) that aliases may expand front matter to, beyond what is written. */
export const MAX_ALIAS_EXPANSION = 10_000;

/**
 * How big `value` is once its aliases are expanded (characters of text, plus
 * one per list item and field), counted without expanding anything: each
 * shared list or set of fields is measured once. Stops counting past `limit`.
 */
export function expandedSize(value: unknown, limit = Number.MAX_SAFE_INTEGER): number {
	const sizes = new Map<object, number>();
	const measure = (node: unknown): number => {
		if (typeof node === 'string') return node.length;
		if (typeof node !== 'object' || node === null) return 1;
		const known = sizes.get(node);
		if (known !== undefined) return known;
		let size = 1;
		for (const [key, child] of Object.entries(node)) {
			size += key.length + measure(child);
			if (size > limit) break;
		}
		sizes.set(node, Math.min(size, limit + 1));
		return Math.min(size, limit + 1);
	};
	return measure(value);
}

/** The YAML text's alias problem: the field whose aliases expand too far, or undefined. */
export function aliasExpansionProblem(data: Record<string, unknown>, yamlText: string): { field: string; message: string } | undefined {
	if (!yamlText.includes('*')) return undefined;
	const limit = yamlText.length + MAX_ALIAS_EXPANSION;
	if (expandedSize(data, limit) <= limit) return undefined;
	const field = Object.keys(data).find((key) => expandedSize(data[key], limit) > MAX_ALIAS_EXPANSION) ?? '';
	return {
		field,
		message: `its aliases (*name) expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en')} characters: write the value out instead of repeating aliases`,
	};
}

/**
 * The line of a YAML syntax error: js-yaml reports where it noticed, often a
 * line or two after the mistake (an unclosed bracket or quote is noticed at
 * the next field). The mistake is on the line after the longest prefix of the
 * text that still parses; `fallback` (0-based) when that cannot be found.
 */
export function yamlErrorLine(yamlText: string, fallback: number): number {
	const lines = yamlText.split('\n');
	if (lines.length > 500) return fallback;
	for (let end = Math.min(fallback, lines.length - 1); end > 0; end--) {
		try {
			yaml.load(lines.slice(0, end).join('\n'), { schema: yaml.CORE_SCHEMA });
			return end;
		} catch {
			/* still broken: the mistake is further up */
		}
	}
	return 0;
}

/** gray-matter options: YAML only, JavaScript engines replaced by ones that refuse. */
export const GRAY_MATTER_OPTIONS = {
	language: 'yaml',
	engines: { yaml: yamlEngine, js: refused('js'), javascript: refused('javascript') },
} as const;

/** Parses a Markdown file with YAML front matter; throws `FrontMatterError` with a line number. */
export function parseEntryFile(source: string): ParsedEntryFile {
	const text = source.replace(/^\uFEFF/, '');
	const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
	if (!/^---\s*$/.test(firstLine)) {
		const language = firstLine.startsWith('---') ? firstLine.slice(3).trim() : '';
		if (language && language !== 'yaml') refused(language).parse();
		if (!language) throw new FrontMatterError('missing front matter: the file must start with a "---" line, then YAML fields, then "---"', 1);
	}
	if (!/\r?\n---\s*(\r?\n|$)/.test(text.slice(firstLine.length))) {
		throw new FrontMatterError('front matter is not closed: add a "---" line after the last field', 1);
	}
	let parsed: matter.GrayMatterFile<string>;
	try {
		parsed = matter(text, GRAY_MATTER_OPTIONS as unknown as Parameters<typeof matter>[1]);
	} catch (error) {
		if (error instanceof FrontMatterError) throw error;
		if (error instanceof yaml.YAMLException) {
			const yamlText = text.slice(firstLine.length + 1).split(/\r?\n---\s*(?:\r?\n|$)/, 1)[0] ?? '';
			throw new FrontMatterError(`invalid YAML: ${error.reason}`, yamlErrorLine(yamlText, error.mark?.line ?? 0) + 2);
		}
		throw new FrontMatterError(`invalid front matter: ${(error as Error).message}`, 1);
	}
	const data: unknown = parsed.data;
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		throw new FrontMatterError('front matter must be a set of "field: value" lines', 2);
	}
	const aliases = aliasExpansionProblem(data as Record<string, unknown>, parsed.matter);
	if (aliases) throw new FrontMatterError(aliases.message, aliases.field ? lineOfField(text, [aliases.field]) : 2, aliases.field);
	const bodyLine = text.length - parsed.content.length > 0 ? text.slice(0, text.length - parsed.content.length).split('\n').length : 1;
	return { data: { ...(data as Record<string, unknown>) }, body: parsed.content, bodyLine };
}

/** Serialises front matter and body back into a Markdown file (used by the import and authoring tools). */
export function stringifyEntryFile(data: Record<string, unknown>, body: string): string {
	const trimmed = body.replace(/^\n+/, '').replace(/\s+$/, '');
	return `---\n${yamlEngine.stringify(data)}---\n${trimmed ? `\n${trimmed}\n` : ''}`;
}

/** 1-based line of a field in a file's front matter (`links.0.url` style paths), or 1 when not found. */
export function lineOfField(source: string, path: readonly (string | number)[]): number {
	const lines = source.split(/\r?\n/);
	const end = lines.indexOf('---', 1);
	const limit = end === -1 ? lines.length : end;
	let line = 1;
	let indent = -1;
	let from = 1;
	// Line of the list item just found: it holds the item's first key, at the item's own indent.
	let itemLine = -1;
	for (const key of path) {
		let found = -1;
		let seen = -1;
		for (let i = from; i < limit; i++) {
			const current = lines[i] ?? '';
			const currentIndent = current.length - current.trimStart().length;
			const content = current.trimStart();
			const isItem = content.startsWith('- ') || content === '-';
			// A line back at the parent's indent ends the parent's block, unless it is an item of a list written without indentation.
			if (current.trim() && i !== itemLine && (currentIndent < indent || (currentIndent === indent && !(typeof key === 'number' && isItem)))) break;
			if (typeof key === 'number') {
				if (isItem) seen++;
				if (seen === key) {
					found = i;
					break;
				}
			} else if (content.replace(/^- /, '').startsWith(`${key}:`)) {
				found = i;
				break;
			}
		}
		if (found === -1) break;
		line = found + 1;
		indent = (lines[found] ?? '').length - (lines[found] ?? '').trimStart().length;
		from = typeof key === 'number' ? found : found + 1;
		itemLine = typeof key === 'number' ? found : -1;
	}
	return line;
}
