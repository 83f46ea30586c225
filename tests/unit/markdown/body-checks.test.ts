/**
 * The nesting bound (src/lib/markdown/body-checks.ts) lets the content check
 * skip rendering a body to measure its depth: it must never be below the
 * depth it stands for, or a body too deep for the rehype steps would pass.
 * Nesting is otherwise checked through validateEntry (tests/unit/entry-files/validate.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateCorpus } from '../../../scripts/lib/corpus.ts';
import { parseEntryFile } from '../../../src/entry-files/front-matter.ts';
import { htmlTreeDepth, MAX_NESTING, nestingBound } from '../../../src/lib/markdown/body-checks.ts';

/** One level of each construct around `inner`, at `level` (0 outermost). */
const LEVELS: [string, (inner: string, level: number) => string][] = [
	['lists, indented', (inner, level) => (level === 0 ? `- ${inner}` : `- x\n${inner.replace(/^/gm, '  ')}`)],
	['lists on one line', (inner) => `- ${inner}`],
	['ordered lists on one line', (inner) => `1. ${inner}`],
	['quotes', (inner) => `>${inner}`],
	['quotes and lists', (inner, level) => (level % 2 ? `> ${inner}` : `* ${inner}`)],
	['tab-indented lists', (inner, level) => (level === 0 ? `- ${inner}` : `- x\n${inner.replace(/^/gm, '\t')}`)],
	['HTML', (inner) => `<div>${inner}</div>`],
	['HTML tables, tags left open', (inner) => `<table><tr><td>${inner}`],
	['HTML formatting, misnested', (inner) => `<b><i>${inner}</b></i>`],
	['emphasis', (inner) => `*a ${inner} a*`],
	['strong emphasis', (inner) => `**${inner}**`],
	['strikethrough', (inner) => `~~a ${inner} a~~`],
	['links', (inner) => `[a ${inner}](https://www.unodc.org/)`],
	['emphasis in links in quotes', (inner) => `> [*${inner}*](#x)`],
];

/** A body nested `depth` levels of a construct, inside a paragraph, a table and a footnote. */
function nested(wrap: (inner: string, level: number) => string, depth: number, lineEnding = '\n'): string {
	let body = 'x';
	for (let level = depth - 1; level >= 0; level--) body = wrap(body, level);
	return [`Intro with a note.[^1]`, '', '| a | b |', '|---|---|', '| *1* | 2 |', '', body, '', '[^1]: The note, **strong**.', ''].join(lineEnding);
}

describe('nestingBound', () => {
	describe.each(LEVELS)('%s', (_, wrap) => {
		test.each([1, 10, 40, 60, 150])('is at least the depth of %i levels', (depth) => {
			const body = nested(wrap, depth);
			expect(nestingBound(body)).toBeGreaterThanOrEqual(htmlTreeDepth(body));
		});
	});

	test.each([
		['LF', '\n'],
		['CRLF', '\r\n'],
		['CR', '\r'],
	])('reads lines ended by %s', (_, lineEnding) => {
		const body = nested(LEVELS[0]![1], 150, '\n').replace(/\n/g, lineEnding);
		expect(htmlTreeDepth(body)).toBeGreaterThan(MAX_NESTING);
		expect(nestingBound(body)).toBeGreaterThanOrEqual(htmlTreeDepth(body));
	});

	test('is at least the depth, and under the limit, for generated entry bodies and the launch content', () => {
		const launch = ['news', 'events', 'publications'].flatMap((type) =>
			readdirSync(join('content', type)).map((name) => readFileSync(join('content', type, name), 'utf8')),
		);
		const sources = [...generateCorpus(300, 5).map((file) => file.source), ...launch];
		for (const source of sources) {
			const { body } = parseEntryFile(source);
			const bound = nestingBound(body);
			expect(bound).toBeGreaterThanOrEqual(htmlTreeDepth(body));
			expect(bound).toBeLessThanOrEqual(MAX_NESTING);
		}
	});
});
