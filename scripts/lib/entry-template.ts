/**
 * The starting file `npm run new` writes for each entry type: every field the
 * type has, the required ones filled in, the optional ones as `#` comments
 * that explain them. The result always passes validation.
 */
import yaml from 'js-yaml';
import type { EntryType, PublicationKind } from '../../src/entry-types/index.ts';
import { PUBLICATION_KINDS } from '../../src/entry-types/index.ts';

/** A YAML scalar for `value`, quoted only when needed. */
const scalar = (value: string) => yaml.dump(value, { schema: yaml.CORE_SCHEMA, lineWidth: -1, quotingType: '"' }).trim();

const COMMON_END = `# Topic slugs from content/taxonomies/topics.yaml, such as [migrant-smuggling, legislation].
topics: []
# Region slugs from content/taxonomies/regions.yaml, such as [global].
regions: []
# Short summary for listings; without it, listings show the start of the text.
# summary: One or two sentences.
# Read-more and download links:
# links:
#   - label: Read the full story
#     url: https://www.unodc.org/…
# Photo (src needs alt text); a caption or a credit alone is fine too:
# image:
#   src: /images/photo.jpg
#   alt: What the photo shows
#   caption: Shown under the photo
#   credit: Who took it
# Slugs (file names without .md) of related entries:
# related: [other-entry]
# Language of the entry when it is not English (ISO 639-1 code):
# lang: fr
# Uncomment to keep the entry unpublished while you work on it:
# draft: true
`;

const BY_TYPE: Record<EntryType, (kind: PublicationKind) => string> = {
	news: () => `# Place of a press release, shown before the text:
# dateline: Vienna (Austria)
`,
	events: () => `# First and last day of the event (YYYY-MM-DD), and where it takes place:
# startDate: 2012-03-07
# endDate: 2012-03-09
# location: Vienna (Austria)
`,
	publications: (kind) => `# One of: ${PUBLICATION_KINDS.join(', ')}.
kind: ${kind}
# Languages it is available in (ISO 639-1 codes), such as [en, fr, es].
languages: [en]
# Downloadable files, one per language and format:
# files:
#   - url: https://www.unodc.org/….pdf
#     lang: en
#     format: PDF
#     size: 1.2 MB
`,
};

/** The file text of a new entry. */
export function entryTemplate(type: EntryType, title: string, date: string, kind: PublicationKind = 'other'): string {
	return `---
# Headline, shown as the page's only heading.
title: ${scalar(title)}
# Posting date, YYYY-MM-DD.
date: ${date}
${BY_TYPE[type](kind)}${COMMON_END}---

<!-- Write the text of the entry below, in Markdown. This line is not shown. -->
`;
}
