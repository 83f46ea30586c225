/** Where the browser editor lives on the site. */

/** Site path of the editor's page (under the base, like every site path). */
export const EDITOR_PATH = '/admin/';

/** True for the editor's page and files (`url` absolute, `base` the deployment's base path): left out of the sitemap. */
export function isEditorUrl(url: string, base: string): boolean {
	return new URL(url).pathname.startsWith(`${base.replace(/\/$/, '')}${EDITOR_PATH}`);
}
