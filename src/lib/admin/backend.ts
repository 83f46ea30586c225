/**
 * Which Git host the browser editor commits to, read from the environment at
 * build time (docs/editing.md explains each setting). Local repository mode
 * needs no setting: it runs on top of whichever backend is configured.
 */

import type { Backend } from '@sveltia/cms';

/** The `backend` block of the editor's configuration. */
export type EditorBackend = Backend;

/** Repository named when `ADMIN_REPO` is not set: local mode works with it, GitHub and GitLab need the real one. */
export const PLACEHOLDER_REPO = 'example-org/smuggling-of-migrants-site';

/**
 * The backend from `ADMIN_BACKEND` (github, the default, or gitlab),
 * `ADMIN_REPO`, `ADMIN_BRANCH` (default main), `ADMIN_AUTH_URL` (GitHub) and
 * `ADMIN_GITLAB_APP_ID` (GitLab); throws on a value that cannot work.
 */
export function editorBackend(env: Record<string, string | undefined> = process.env): EditorBackend {
	const name = env['ADMIN_BACKEND'] || 'github';
	if (name !== 'github' && name !== 'gitlab') throw new Error(`ADMIN_BACKEND must be github or gitlab, got ${name}`);
	const repo = env['ADMIN_REPO'] || PLACEHOLDER_REPO;
	if (!/^[\w.-]+(\/[\w.-]+)+$/.test(repo) || (name === 'github' && repo.split('/').length !== 2)) {
		throw new Error(`ADMIN_REPO must be ${name === 'github' ? 'owner/name' : 'group/name or group/subgroup/name'}, got ${repo}`);
	}
	const branch = env['ADMIN_BRANCH'] || 'main';
	if (!/^[\w./-]+$/.test(branch)) throw new Error(`ADMIN_BRANCH must be a branch name, got ${branch}`);
	const authUrl = env['ADMIN_AUTH_URL'];
	if (authUrl && !/^https:\/\/[^/\s]+(\/\S*)?$/.test(authUrl)) throw new Error(`ADMIN_AUTH_URL must be an https:// URL, got ${authUrl}`);
	// The sign-in window opens `<base_url>/auth`: the GitHub authenticator, or GitLab's own OAuth.
	const auth = authUrl ? { base_url: authUrl.replace(/\/+$/, '') } : {};
	const appId = env['ADMIN_GITLAB_APP_ID'];
	if (name === 'github') {
		if (appId) throw new Error('ADMIN_GITLAB_APP_ID is for ADMIN_BACKEND=gitlab');
		return { name, repo, branch, ...auth };
	}
	// GitLab signs in from the browser alone (PKCE) with an OAuth application's ID.
	return { name, repo, branch, ...auth, ...(appId ? { app_id: appId, auth_type: 'pkce' as const } : {}) };
}
