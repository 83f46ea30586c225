/** The three kinds of entry; each is a content collection and a folder under `content/`. */
export const ENTRY_TYPES = ['news', 'events', 'publications'] as const;

export type EntryType = (typeof ENTRY_TYPES)[number];

/** True when `value` names an entry type. */
export function isEntryType(value: string): value is EntryType {
	return (ENTRY_TYPES as readonly string[]).includes(value);
}

/** Kinds of publication, in the order the site lists them. */
export const PUBLICATION_KINDS = [
	'issue-paper',
	'manual',
	'model-law',
	'strategy',
	'framework',
	'commentary',
	'report',
	'tool',
	'video',
	'guide',
	'other',
] as const;

export type PublicationKind = (typeof PUBLICATION_KINDS)[number];
