/**
 * Sets a few scalar fields in an entry's front matter by editing the source
 * text in place: the `yaml` parser only says where each field's value starts
 * and ends, and only those characters change (or one line is added), so
 * comments, quoting, flow maps, blank lines and line ends elsewhere stay as the
 * editor wrote them. Re-serialising the document would reflow it. Every edit
 * is checked by reading the result back with both YAML readers the project
 * uses (js-yaml's core schema, as src/lib/front-matter.ts reads entries, and
 * `yaml`): the data must be the original with exactly these fields set.
 */
import { isDeepStrictEqual } from 'node:util';
import yaml from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Pair, type YAMLMap } from 'yaml';

/** One field to set: a path such as `['files', 0, 'pages']` and a scalar value. */
export interface FieldEdit {
	/** Keys and list indexes from the front matter's root. */
	path: readonly (string | number)[];
	/** The value to write. */
	value: string | number;
}

/** A front matter the editor cannot change safely; `line` is 1-based in the entry file. */
export class FrontMatterEditError extends Error {
	/** 1-based line of the entry file. */
	readonly line: number;
	/** Dotted field path, or '' for the front matter as a whole. */
	readonly field: string;
	constructor(message: string, line: number, field = '') {
		super(message);
		this.name = 'FrontMatterEditError';
		this.line = line;
		this.field = field;
	}
}

/** Start and end offsets of the YAML between the `---` lines, and the line the YAML starts on. */
function frontMatterBounds(source: string): { start: number; end: number; firstLine: number } {
	const open = /^\uFEFF?---[ \t]*\r?\n/.exec(source);
	if (!open) throw new FrontMatterEditError('missing front matter: the file must start with a "---" line', 1);
	const close = /^---[ \t]*(\r?\n|$)/m.exec(source.slice(open[0].length));
	if (!close) throw new FrontMatterEditError('front matter is not closed: add a "---" line after the last field', 1);
	return { start: open[0].length, end: open[0].length + close.index, firstLine: 2 };
}

/** A scalar as YAML text that both readers read back as `value`, in `style` when the old value had one. */
function formatScalar(value: string | number, style?: Scalar.Type): string {
	if (typeof value === 'number') return String(value);
	if (style === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
	if (style !== Scalar.QUOTE_DOUBLE && /^[A-Za-z0-9/][A-Za-z0-9 ./_-]*$/.test(value) && !value.endsWith(' ')) {
		const read = (yaml.load(`k: ${value}`, { schema: yaml.CORE_SCHEMA }) as { k: unknown }).k;
		if (read === value) return value;
	}
	return JSON.stringify(value);
}

/** Where a new line goes after `offset`: before the line break of the line holding the character before it. */
function lineEndAfter(text: string, offset: number): number {
	const at = text.indexOf('\n', Math.max(offset - 1, 0));
	if (at === -1) return text.length;
	return text[at - 1] === '\r' ? at - 1 : at;
}

/** Column of the character at `offset`. */
const columnOf = (text: string, offset: number) => offset - (text.lastIndexOf('\n', offset - 1) + 1);

/** Applies one edit to the YAML text; returns the new text. */
function applyEdit(text: string, edit: FieldEdit, newline: string, lineOffset: number): string {
	const field = edit.path.join('.');
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines });
	const lineAt = (offset: number) => lines.linePos(offset).line + lineOffset;
	if (doc.errors.length) throw new FrontMatterEditError(`invalid YAML: ${doc.errors[0]!.message.split('\n')[0]}`, lineAt(doc.errors[0]!.pos[0]));
	const parentPath = edit.path.slice(0, -1);
	const key = edit.path.at(-1);
	if (typeof key !== 'string') throw new RangeError(`An edit must end with a field name: ${field}`);
	if (doc.contents === null && !parentPath.length) return `${text}${key}: ${formatScalar(edit.value)}${newline}`;
	const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
	if (!isMap(parent)) {
		const at = (parent as { range?: [number, number, number] } | null | undefined)?.range?.[0];
		throw new FrontMatterEditError(
			`is not a set of "field: value" lines, so ${key} cannot be added to it`,
			at === undefined ? 1 + lineOffset : lineAt(at),
			parentPath.join('.'),
		);
	}
	const map = parent as YAMLMap<unknown, unknown>;
	const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key) as Pair<Scalar, unknown> | undefined;
	if (pair) {
		const value = pair.value;
		if (value !== null && !isScalar(value))
			throw new FrontMatterEditError(`holds a list or a set of fields, not one value: write it as "${key}: …"`, lineAt(pair.key.range![0]), field);
		if (!value || !value.range) throw new FrontMatterEditError('has no value to replace', lineAt(pair.key.range![0]), field);
		const [from, to] = value.range;
		const written = formatScalar(edit.value, value.value === null ? undefined : value.type);
		return from === to ? `${text.slice(0, from)} ${written}${text.slice(to)}` : `${text.slice(0, from)}${written}${text.slice(to)}`;
	}
	const entry = `${key}: ${formatScalar(edit.value)}`;
	const last = map.items.at(-1) as Pair<Scalar, { range?: [number, number, number] } | null> | undefined;
	if (map.flow) {
		if (!last) {
			const open = text.indexOf('{', map.range![0]);
			return `${text.slice(0, open + 1)} ${entry} ${text.slice(open + 1).replace(/^\s*/, '')}`;
		}
		const end = (last.value?.range ?? last.key.range!)[1];
		return `${text.slice(0, end)}, ${entry}${text.slice(end)}`;
	}
	if (!last) throw new FrontMatterEditError('is empty, so no field can be added to it', 1 + lineOffset, parentPath.join('.'));
	const indent = ' '.repeat(columnOf(text, (map.items[0] as Pair<Scalar, unknown>).key.range![0]));
	const at = lineEndAfter(text, (last.value?.range ?? last.key.range!)[1]);
	return `${text.slice(0, at)}${newline}${indent}${entry}${text.slice(at)}`;
}

/** Sets `value` at `path` in a plain-data copy of `data`. */
function setIn(data: unknown, path: readonly (string | number)[], value: unknown): void {
	let node = data as Record<string | number, unknown>;
	for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
	node[path.at(-1)!] = value;
}

/**
 * Applies the edits to an entry file's source and returns the new source
 * (unchanged when every field already holds its value). Throws a
 * FrontMatterEditError naming the line when the front matter cannot be edited
 * safely; the source is then to be left as it is.
 */
export function editFrontMatter(source: string, edits: readonly FieldEdit[]): string {
	const { start, end, firstLine } = frontMatterBounds(source);
	const newline = source.includes('\r\n') ? '\r\n' : '\n';
	const original = source.slice(start, end);
	const read = (text: string) => (yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
	const expected = readFrontMatter(source);
	let text = original;
	for (const edit of edits) {
		const current = edit.path.reduce<unknown>(
			(node, key) => (node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined),
			expected,
		);
		if (current === edit.value) continue;
		// A missing parent (a list item that is not there) is the caller's mistake, not the editor's.
		if (
			edit.path.length > 1 &&
			edit.path
				.slice(0, -1)
				.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), expected) ===
				undefined
		) {
			throw new RangeError(`No field ${edit.path.slice(0, -1).join('.')} to set ${String(edit.path.at(-1))} in`);
		}
		text = applyEdit(text, edit, newline, firstLine - 1);
		setIn(expected, edit.path, edit.value);
	}
	if (text === original) return source;
	const fromJsYaml = read(text);
	const fromYaml: unknown = parseDocument(text).toJS() ?? {};
	if (!isDeepStrictEqual(fromJsYaml, expected) || !isDeepStrictEqual(fromYaml, expected)) {
		throw new FrontMatterEditError(
			'could not be edited without changing other fields: set the page count and size by hand, or simplify the front matter',
			firstLine,
		);
	}
	return `${source.slice(0, start)}${text}${source.slice(end)}`;
}

/** The front matter's data as the project reads it (js-yaml, core schema); throws FrontMatterEditError on bad YAML. */
export function readFrontMatter(source: string): Record<string, unknown> {
	const { start, end, firstLine } = frontMatterBounds(source);
	try {
		const data: unknown = yaml.load(source.slice(start, end), { schema: yaml.CORE_SCHEMA }) ?? {};
		if (typeof data !== 'object' || data === null || Array.isArray(data))
			throw new FrontMatterEditError('front matter must be a set of "field: value" lines', firstLine);
		return data as Record<string, unknown>;
	} catch (error) {
		if (error instanceof yaml.YAMLException) throw new FrontMatterEditError(`invalid YAML: ${error.reason}`, (error.mark?.line ?? 0) + firstLine);
		throw error;
	}
}

/** 1-based line of the entry file where the field at `path` is (its key, or its list item), or of the nearest parent found. */
export function fieldLine(source: string, path: readonly (string | number)[]): number {
	const { start, end, firstLine } = frontMatterBounds(source);
	const lines = new LineCounter();
	const doc = parseDocument(source.slice(start, end), { lineCounter: lines });
	for (let depth = path.length; depth > 0; depth--) {
		const parent = depth > 1 ? doc.getIn(path.slice(0, depth - 1), true) : doc.contents;
		const key = path[depth - 1];
		let range: [number, number, number] | null | undefined;
		if (isMap(parent)) range = (parent.items.find((item) => isScalar(item.key) && item.key.value === key)?.key as Scalar | undefined)?.range;
		else if (isSeq(parent) && typeof key === 'number') range = (parent.items[key] as { range?: [number, number, number] } | undefined)?.range;
		if (range) return lines.linePos(range[0]).line + firstLine - 1;
	}
	return 1;
}
