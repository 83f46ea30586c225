/** The editor's backend from the environment (src/lib/admin/backend.ts). */
import { expect, test } from 'vitest';
import { editorBackend, PLACEHOLDER_REPO } from '../../../src/lib/admin/backend.ts';

test.each([
	[{}, { name: 'github', repo: PLACEHOLDER_REPO, branch: 'main' }],
	[
		{ ADMIN_REPO: 'unodc/som-site', ADMIN_BRANCH: 'content', ADMIN_AUTH_URL: 'https://auth.example.workers.dev/' },
		{ name: 'github', repo: 'unodc/som-site', branch: 'content', base_url: 'https://auth.example.workers.dev' },
	],
	[
		{ ADMIN_BACKEND: 'gitlab', ADMIN_REPO: 'unodc/web/som-site', ADMIN_GITLAB_APP_ID: 'abc123' },
		{ name: 'gitlab', repo: 'unodc/web/som-site', branch: 'main', app_id: 'abc123', auth_type: 'pkce' },
	],
	[
		{ ADMIN_BACKEND: 'gitlab', ADMIN_REPO: 'g/p', ADMIN_AUTH_URL: 'https://gitlab.example.org' },
		{ name: 'gitlab', repo: 'g/p', branch: 'main', base_url: 'https://gitlab.example.org' },
	],
])('%j', (env, expected) => {
	expect(editorBackend(env)).toEqual(expected);
});

test.each([
	[{ ADMIN_BACKEND: 'bitbucket' }, /github or gitlab/],
	[{ ADMIN_REPO: 'just-a-name' }, /owner\/name/],
	[{ ADMIN_REPO: 'a/b/c' }, /owner\/name/],
	[{ ADMIN_BRANCH: 'a b' }, /branch/],
	[{ ADMIN_AUTH_URL: 'http://auth.example.org' }, /https/],
	[{ ADMIN_GITLAB_APP_ID: 'x' }, /gitlab/],
])('%j is refused', (env, message) => {
	expect(() => editorBackend(env)).toThrow(message);
});
