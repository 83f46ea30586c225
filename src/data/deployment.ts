/** Where the site is deployed, and absolute URLs under it (feeds, metadata). */
import { isExternalUrl } from '../lib/routing/link-targets.ts';
import { absoluteUrl } from '../lib/routing/paths.ts';

/** Where the site is deployed: `site` is the origin, `base` the base path. */
export interface Deployment {
	site: string;
	base: string;
}

/** The deployment of the page being rendered. */
export function deploymentOf(astro: { site?: URL | undefined }): Deployment {
	return { site: astro.site!.href, base: import.meta.env.BASE_URL };
}

/** The default social and feed image, in public/. */
export const DEFAULT_IMAGE = '/og-default.png';

/** An absolute URL for a site path or an external URL. */
export function urlFor(pathOrUrl: string, { site, base }: Deployment): string {
	return isExternalUrl(pathOrUrl) ? pathOrUrl : absoluteUrl(pathOrUrl, site, base);
}
