/**
 * The starting file `npm run new` writes for each entry type: every field the
 * type has, the required ones filled in, the optional ones as `#` comments
 * that explain them. The type's own fields come from its descriptor
 * (src/entry-types/). The result always passes validation.
 */
import yaml from 'js-yaml';
import { entryType, type EntryType } from '../../src/entry-types/index.ts';
import type { Vocabularies } from '../../src/schemas/vocabulary.ts';

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

/** The file text of a new entry; `option` is the value of the type's own option (such as the publication kind). */
export function entryTemplate(type: EntryType, title: string, date: string, vocabularies: Vocabularies, option?: string): string {
	const { template } = entryType(type);
	return `---
# Headline, shown as the page's only heading.
title: ${scalar(title)}
# Posting date, YYYY-MM-DD.
date: ${date}
${template.fields(option ?? template.option?.fallback ?? '', vocabularies)}${COMMON_END}---

<!-- Write the text of the entry below, in Markdown. This line is not shown. -->
`;
}
