import { describe, expect, test } from 'vitest';
import { isExternalUrl, isSafeUrl } from '../../../src/lib/routing/link-targets.ts';

describe('isSafeUrl', () => {
	test.each([
		['https://www.unodc.org/', true],
		['http://www.unodc.org/documents/paper.pdf', true],
		['HTTPS://WWW.UNODC.ORG/', true],
		['https://example.org/path?q=1#x', true],
		['/', true],
		['/documents/paper.pdf', true],
		['/news/some-entry/', true],
		['javascript:alert(1)', false],
		['JAVASCRIPT:alert(1)', false],
		['JavaScript:alert(1)', false],
		[' javascript:alert(1)', false],
		['\tjavascript:alert(1)', false],
		['java\nscript:alert(1)', false],
		['javascript:alert(1) ', false],
		['data:text/html,<script>alert(1)</script>', false],
		['DATA:image/png;base64,AAAA', false],
		['vbscript:msgbox(1)', false],
		['VBScript:msgbox(1)', false],
		['//evil.example', false],
		['//evil.example/path', false],
		['/\\evil.example', false],
		['\\\\evil.example', false],
		['file:///etc/passwd', false],
		['ftp://example.org/file', false],
		['mailto:someone@example.org', false],
		['relative/path', false],
		['paper.pdf', false],
		['#anchor', false],
		['', false],
		['http://', false],
		['https://exa mple.org', false],
		['https://example.org/\u0000', false],
	])('%j → %s', (url, expected) => {
		expect(isSafeUrl(url)).toBe(expected);
	});
});

describe('isExternalUrl', () => {
	test.each([
		['https://www.unodc.org/', true],
		['http://example.org', true],
		['HTTPS://EXAMPLE.ORG', true],
		['/news/', false],
		['//evil.example', false],
		['mailto:x@example.org', false],
		['#top', false],
		['', false],
	])('%j → %s', (url, expected) => {
		expect(isExternalUrl(url)).toBe(expected);
	});
});
