/**
 * The browser editor's configuration (Sveltia CMS, served at /admin/),
 * generated at build time from what the site already knows: one collection
 * per entry type with the fields of its schema (as JSON Schema, from Zod's
 * `z.toJSONSchema`), widgets and labels from ./fields.ts, what a translation
 * writes from the content check's rule, topics, regions and publication
 * kinds from the vocabularies, languages from the language list, one
 * editor locale per interface language. Required fields, patterns
 * and messages follow the schemas, so what the editor accepts is what
 * `npm run check:content` accepts, as far as a form can tell (docs/editing.md
 * lists the checks only the build makes). Pure: the Astro-bound route
 * (src/pages/admin/config.json.ts) gathers the inputs.
 */
import type { CmsConfig, EntryCollection, Field } from '@sveltia/cms';
import { BODY_FIELD, FIELDS, type FieldKind, type FieldRule, type FieldSpec } from './fields.ts';
import { acceptList, FILE_TYPES, IMAGE_TYPES, MAX_UPLOAD_BYTES, MEDIA_FOLDER, MEDIA_PATH } from './media.ts';
import { SLUG_HINT, SLUG_OPTIONS, SLUG_RULE } from './slugs.ts';
import type { EditorBackend } from './backend.ts';

/** The part of JSON Schema that `z.toJSONSchema` writes for the entry schemas. */
export interface JsonSchema {
	/** One type, or several (a value written as text or as a number: `["string", "number"]`). */
	type?: string | string[];
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	enum?: unknown[];
	default?: unknown;
	pattern?: string;
	minItems?: number;
	minimum?: number;
}

/** An entry type as the editor needs it. */
export interface EditorType {
	/** Collection name and folder (`content/<name>/`). */
	name: string;
	/** The section's name ("Publications") and one entry's ("Publication"). */
	label: string;
	labelSingular: string;
	/** Its front-matter schema as JSON Schema (input side: fields with defaults are optional). */
	schema: JsonSchema;
	/**
	 * Path of an entry's page in `lang` with `{{slug}}` for the slug, under
	 * the deployment base (Sveltia joins it to the origin of `site_url` only),
	 * for the editor's "View on Live Site" link.
	 */
	entryPath: (lang: string) => string;
	/**
	 * Whether a translation writes the field at `path` (`title`, `links.label`)
	 * in its own language; other fields are shared facts of the original.
	 */
	writtenInTranslation: (path: string) => boolean;
}

/** A term of a vocabulary, with its label in the editor's language. */
export interface EditorTerm {
	slug: string;
	label: string;
}

/** Everything the configuration is made from. */
export interface EditorInput {
	types: readonly EditorType[];
	vocabularies: { topics: readonly EditorTerm[]; regions: readonly EditorTerm[]; kinds: readonly EditorTerm[] };
	/** Interface languages: the editor's locales (translations side by side when there are several). */
	locales: readonly string[];
	/** The default language, one of `locales`: its entries are the originals, `<slug>.md`; the others' are `<slug>.<lang>.md`. */
	defaultLocale: string;
	/** Languages an entry, a file or a link can be in, in the order offered. */
	languages: readonly { code: string; name: string }[];
	/** Entries `related` can name, in the order offered. */
	entries: readonly { slug: string; label: string }[];
	backend: EditorBackend;
	/** Public address of the site (origin and base path). */
	siteUrl: string;
	/** Title of the editor's window and sign-in page. */
	title: string;
}

/** The repository folder of each type's entries. */
export const CONTENT_FOLDER = 'content';

/** The JSON Schema types each field kind can edit. */
const KIND_TYPES: Record<FieldKind, (schema: JsonSchema) => boolean> = {
	line: isString,
	paragraph: isString,
	date: isString,
	kind: isString,
	language: isString,
	image: isString,
	file: isString,
	topics: isStringArray,
	regions: isStringArray,
	languages: isStringArray,
	entries: isStringArray,
	switch: (schema) => schema.type === 'boolean',
	number: (schema) => schema.type === 'integer' || schema.type === 'number',
	items: (schema) => schema.type === 'array' && schema.items?.type === 'object',
	group: (schema) => schema.type === 'object',
	computed: () => true,
};
function isString(schema: JsonSchema): boolean {
	// A value also accepted as a number (an ISBN, a year) is still typed as text.
	return schema.type === 'string' || (Array.isArray(schema.type) && schema.type.includes('string'));
}
function isStringArray(schema: JsonSchema): boolean {
	return schema.type === 'array' && schema.items?.type === 'string';
}

/** The fields of an object schema's properties: `[path, schema]`, list items and objects walked into. */
export function schemaFields(schema: JsonSchema, prefix = ''): [string, JsonSchema][] {
	return Object.entries(schema.properties ?? {}).flatMap(([name, field]): [string, JsonSchema][] => {
		const path = prefix ? `${prefix}.${name}` : name;
		const inner = field.type === 'array' && field.items?.type === 'object' ? field.items : field.type === 'object' ? field : undefined;
		return [[path, field], ...(inner ? schemaFields(inner, path) : [])];
	});
}

/**
 * Disagreements between the schemas and the field table: a schema field
 * with no entry, an entry naming no field of any schema, a kind that cannot
 * edit the field's type, a pattern without its message. Empty when they agree.
 */
export function mappingProblems(types: readonly Pick<EditorType, 'name' | 'schema'>[], table: Readonly<Record<string, FieldSpec>> = FIELDS): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const type of types) {
		for (const [path, schema] of schemaFields(type.schema)) {
			seen.add(path);
			const spec = table[path];
			if (!spec) {
				problems.push(`${type.name}: the schema's field "${path}" has no entry in src/lib/admin/fields.ts`);
				continue;
			}
			if (!KIND_TYPES[spec.kind](schema)) problems.push(`${type.name}: "${path}" is ${describe(schema)} in the schema, which "${spec.kind}" cannot edit`);
			if (schema.pattern && !spec.patternMessage) problems.push(`${type.name}: "${path}" has a pattern in the schema but no patternMessage`);
			if (!schema.pattern && spec.patternMessage) problems.push(`${type.name}: "${path}" has a patternMessage but the schema has no pattern`);
			if (schema.pattern && spec.rule) problems.push(`${type.name}: "${path}" has both the schema's pattern and a rule`);
		}
	}
	for (const path of Object.keys(table)) if (!seen.has(path)) problems.push(`src/lib/admin/fields.ts: "${path}" names no field of any entry schema`);
	return problems;
}
function describe(schema: JsonSchema): string {
	return schema.type === 'array' ? `an array of ${schema.items?.type ?? 'anything'}` : `a ${schema.type ?? 'value of any type'}`;
}

/** The generated configuration; throws when the schemas and the field table disagree. */
export function editorConfig(input: EditorInput): CmsConfig {
	const problems = mappingProblems(input.types);
	if (problems.length) throw new Error(`The editor's field table does not match the schemas:\n${problems.join('\n')}`);
	if (!input.locales.includes(input.defaultLocale)) throw new Error(`The default language ${input.defaultLocale} is not among ${input.locales.join(', ')}`);
	const translations = input.locales.length > 1;
	const collections = input.types.map((type): EntryCollection => {
		const context: Context = { input, translations, type };
		const fields = objectFields(type.schema, '', context, undefined);
		return {
			name: type.name,
			label: type.label,
			label_singular: type.labelSingular,
			folder: `${CONTENT_FOLDER}/${type.name}`,
			extension: 'md',
			format: 'yaml-frontmatter',
			create: true,
			identifier_field: 'title',
			// The slug is made from the title, shown for checking in a new entry, and never changed
			// afterwards: renaming the file would break the page's address and `related` lists.
			slug: { template: '{{title}}', editable: ['create'], pattern: [SLUG_RULE.pattern, SLUG_RULE.message], hint: SLUG_HINT },
			summary: '{{date}} · {{title}}',
			sortable_fields: { fields: ['date', 'title'], default: { field: 'date', direction: 'descending' } },
			// English at the root, the others under /fr/… (i18n.omit_default_locale_from_preview_path).
			preview_path: type.entryPath(translations ? '{{locale}}' : input.defaultLocale).replace(/^\//, ''),
			...(translations ? { i18n: true } : {}),
			fields: [...fields, bodyField(context)],
		};
	});
	return {
		app_title: input.title,
		logo: { src: new URL('favicon.svg', input.siteUrl).pathname },
		backend: input.backend,
		// Drafts and review as pull (merge) requests on GitHub and GitLab; local mode saves straight to disk.
		publish_mode: 'editorial_workflow',
		site_url: input.siteUrl,
		media_folder: MEDIA_FOLDER,
		public_folder: MEDIA_PATH,
		// Uploads go to the repository; no stock-photo services (outside hosts, and licences to check).
		media_libraries: { default: { config: { max_file_size: MAX_UPLOAD_BYTES, slugify_filename: true } }, stock_assets: false },
		slug: { ...SLUG_OPTIONS },
		// Without it, a field typed in then cleared is saved as `summary: ''`, which the schema refuses.
		output: { omit_empty_optional_fields: true },
		...(translations
			? {
					i18n: {
						structure: 'multiple_files',
						locales: [...input.locales],
						default_locale: input.defaultLocale,
						// `<slug>.md` for the original, `<slug>.fr.md` beside it for the French.
						omit_default_locale_from_file_path: true,
						omit_default_locale_from_preview_path: true,
						// A new entry starts in English only; a translation is added when there is one.
						initial_locales: 'default',
					},
				}
			: {}),
		collections,
	};
}

interface Context {
	input: EditorInput;
	/** Whether the editor has several locales (then fields say what a translation does with them). */
	translations: boolean;
	type: EditorType;
}

/** The editor fields of an object schema, in the table's order; `parent` is whether a translation writes the list or object they belong to. */
function objectFields(schema: JsonSchema, prefix: string, context: Context, parent: boolean | undefined): Field[] {
	const properties = schema.properties ?? {};
	const required = new Set(schema.required ?? []);
	return Object.entries(FIELDS)
		.filter(([path]) => path.slice(0, path.lastIndexOf('.') + 1) === (prefix ? `${prefix}.` : '') && path.slice(prefix ? prefix.length + 1 : 0) in properties)
		.filter(([, spec]) => spec.kind !== 'computed')
		.map(([path, spec]) => {
			const name = path.slice(prefix ? prefix.length + 1 : 0);
			const fieldSchema = properties[name]!;
			return field(name, path, fieldSchema, required.has(name) && fieldSchema.default === undefined, spec, context, parent);
		});
}

function field(name: string, path: string, schema: JsonSchema, required: boolean, spec: FieldSpec, context: Context, parent: boolean | undefined): Field {
	const { input } = context;
	const base = {
		name,
		label: spec.label,
		...(spec.hint ? { hint: spec.hint } : {}),
		// Sveltia treats a field without `required` as required.
		required,
		...(context.translations ? i18nOf(context.type.writtenInTranslation(path), parent) : {}),
	};
	const pattern = schema.pattern
		? { pattern: [schema.pattern, spec.patternMessage!] as [string, string] }
		: spec.rule
			? { pattern: [spec.rule.pattern, spec.rule.message] as [string, string] }
			: {};
	const options = (values: readonly { label: string; value: string }[]) => values.map(({ label, value }) => ({ label, value }));
	const languages = options(input.languages.map(({ code, name }) => ({ label: name, value: code })));
	switch (spec.kind) {
		case 'line':
			return { ...base, widget: 'string', ...pattern };
		case 'paragraph':
			return { ...base, widget: 'text', ...pattern };
		case 'date':
			// Saves the `<input type="date">` value as typed, YYYY-MM-DD, whatever the browser's time zone.
			return { ...base, widget: 'datetime', type: 'date', ...pattern };
		case 'kind':
			return { ...base, widget: 'select', options: options(input.vocabularies.kinds.map((term) => ({ label: term.label, value: term.slug }))) };
		case 'language':
			return { ...base, widget: 'select', options: languages };
		case 'languages':
			return { ...base, widget: 'select', multiple: true, options: languages, ...(schema.minItems ? { min: schema.minItems } : {}) };
		case 'topics':
		case 'regions':
			return {
				...base,
				widget: 'select',
				multiple: true,
				options: options(input.vocabularies[spec.kind].map((term) => ({ label: term.label, value: term.slug }))),
			};
		case 'entries':
			return { ...base, widget: 'select', multiple: true, options: options(input.entries.map(({ slug, label }) => ({ label, value: slug }))) };
		case 'switch':
			return { ...base, widget: 'boolean', ...(typeof schema.default === 'boolean' ? { default: schema.default } : {}) };
		case 'number':
			return { ...base, widget: 'number', value_type: 'int', ...(typeof schema.minimum === 'number' ? { min: schema.minimum } : {}) };
		case 'image':
			return { ...base, widget: 'image', accept: acceptList(IMAGE_TYPES), ...(spec.rule ? { pattern: mediaPattern(spec.rule, IMAGE_TYPES) } : {}) };
		case 'file':
			return { ...base, widget: 'file', accept: acceptList(FILE_TYPES), ...(spec.rule ? { pattern: mediaPattern(spec.rule, FILE_TYPES) } : {}) };
		case 'items':
			return {
				...base,
				widget: 'list',
				...(spec.itemLabel ? { label_singular: spec.itemLabel } : {}),
				collapsed: 'auto',
				summary: (['label', 'url', 'lang'] as const).map((name) => (schema.items?.properties?.[name] ? `{{fields.${name}}}` : '')).find(Boolean),
				fields: objectFields(schema.items!, path, context, context.type.writtenInTranslation(path)),
			};
		case 'group':
			return { ...base, widget: 'object', collapsed: 'auto', fields: objectFields(schema, path, context, context.type.writtenInTranslation(path)) };
		case 'computed':
			throw new Error(`${path} is computed and never edited`);
	}
}

/**
 * The pattern of an image or file field: its rule, or the name of a picked
 * file of an allowed type. Sveltia checks a file picked for upload by its
 * name (made a slug by `slugify_filename`) and sets the value to
 * `/media/<name>` only when it saves the entry, so the name must pass; and
 * since its `accept` only narrows the file picker, this is what keeps other
 * types out. (A bare name typed as an address would pass too, and be
 * refused by check:content: docs/editing.md.)
 */
export function mediaPattern(rule: FieldRule, types: readonly string[]): [string, string] {
	const extensions = types.map((type) => type.replace(/^\./, '')).join('|');
	const list = `${types.slice(0, -1).join(', ')} or ${types.at(-1)}`;
	return [`^[a-z0-9][a-z0-9._~-]*\\.(?:${extensions})$|${rule.pattern}`, `Upload a ${list} file, or ${rule.message[0]!.toLowerCase()}${rule.message.slice(1)}`];
}

/**
 * Sveltia's `i18n` of a field: a field a translation writes is written per
 * language; a shared one stays in the original (`i18n: false`), or, inside
 * a list or object a translation writes, is copied from the original so
 * each translated item is whole (`duplicate`: the content check accepts a
 * shared fact repeated with the same value). The fields of a shared list or
 * object follow it.
 */
function i18nOf(translated: boolean, parent: boolean | undefined): { i18n?: boolean | 'duplicate' } {
	if (parent === false) return {};
	if (translated) return { i18n: true };
	return { i18n: parent ? 'duplicate' : false };
}

function bodyField({ translations }: Context): Field {
	return { name: BODY_FIELD.name, label: BODY_FIELD.label, widget: 'markdown', required: false, ...(translations ? { i18n: true } : {}) };
}
