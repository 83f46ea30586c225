import { describe, expect, test } from 'vitest';
import { isExternalUrl, isSafeUrl, urlProblem, type UrlUse } from '../../../src/lib/routing/link-targets.ts';

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
		// Written one way, read another way by browsers (issue #15.9)
		['https:\\\\evil.example', false],
		['https:/evil.example', false],
		['https:evil.example', false],
		['http:\\evil.example', false],
		['https://www.unodc.org@evil.example/', false],
		['https://user:pass@www.unodc.org/', false],
		['https://www.unodc.org\\@evil.example/', false],
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

describe('urlProblem: why a URL is refused, by use (issue #15.9)', () => {
	test.each<[string, UrlUse, RegExp | undefined]>([
		['https://www.unodc.org/a.jpg', { image: true }, undefined],
		['/images/a.jpg', { image: true }, undefined],
		['http://www.unodc.org/a.jpg', { image: true }, /^is an http:\/\/ image, which the site's security policy blocks/],
		['http://www.unodc.org/a.jpg', { image: true, body: true }, /security policy/],
		['http://www.unodc.org/', { body: true }, undefined],
		['//cdn.example/x.png', { image: true, body: true }, /^starts with \/\/ \(no https:\)/],
		['https:\\\\evil.example', { body: true }, /^contains a backslash/],
		['https:/evil.example', {}, /^must start with https:\/\/ and the host name \(browsers would read it as https:\/\/evil\.example\/\)$/],
		['https://www.unodc.org@evil.example/', {}, /^has a user name before @ \(browsers would go to evil\.example\)/],
		['mailto:a@example.org', { body: true }, undefined],
		['mailto:a@example.org', {}, /^is not allowed/],
		['tel:+431', { body: true }, undefined],
		['#notes', { body: true }, undefined],
		['annex.pdf', { body: true }, undefined],
		['annex.pdf', {}, /^is not an http:\/\/ or https:\/\/ URL, nor a site path/],
		['javascript:alert(1)', { body: true }, /^is not allowed: .* \(or mailto: and tel:\)$/],
		['data:image/png;base64,AAAA', { body: true, image: true }, /^is not allowed: use an https:\/\/ URL or a site path/],
		['https://exa mple.org', {}, /^contains spaces or control characters/],
	])('%j %j', (url, use, expected) => {
		const problem = urlProblem(url, use);
		if (expected) expect(problem).toMatch(expected);
		else expect(problem).toBeUndefined();
	});
});
