import { expect, test } from 'vitest';
import { describeTarget, parseTarget } from '../../../scripts/lib/deploy/target.ts';

test.each([
	['/var/www/site', { kind: 'local', path: '/var/www/site' }],
	['/var/www/site/', { kind: 'local', path: '/var/www/site' }],
	['releases', { kind: 'local', path: 'releases' }],
	['./a:b', { kind: 'local', path: './a:b' }],
	['/srv/a:b', { kind: 'local', path: '/srv/a:b' }],
	['web1:/var/www/site', { kind: 'remote', host: 'web1', path: '/var/www/site' }],
	['deploy@web1.example.org:/var/www/site/', { kind: 'remote', host: 'deploy@web1.example.org', path: '/var/www/site' }],
	['web1:site', { kind: 'remote', host: 'web1', path: 'site' }],
])('parseTarget(%s)', (text, target) => {
	expect(parseTarget(text)).toEqual(target);
	expect(describeTarget(parseTarget(text))).toBe(text.replace(/(.)\/$/, '$1'));
});

test.each([
	['', /empty/],
	['web1:', /give the folder on web1 after the colon/],
	[':/srv', /names no host/],
	['web 1:/srv', /not a host name/],
])('parseTarget(%j) fails: %s', (text, message) => {
	expect(() => parseTarget(text)).toThrow(message);
});
