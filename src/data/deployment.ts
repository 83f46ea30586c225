/** Where the site is deployed, and absolute URLs under it (feeds, metadata). */
import { isExternalUrl } from '../lib/routing/link-targets.ts';
import { absoluteUrl } from '../lib/routing/paths.ts';

/** Where the site is deployed: `site` is the origin, `base` the base path. */
export interface Deployment {
	site: string;
	base: string;
}

/** The site's deployment, as astro.config.mjs sets it: the same in a page, an endpoint and getStaticPaths, which has no request context. */
export function siteDeployment(): Deployment {
	return { site: new URL(import.meta.env.SITE).href, base: import.meta.env.BASE_URL };
}

/** The default social and feed image, in public/. */
export const DEFAULT_IMAGE = '/og-default.png';

/** An absolute URL for a site path or an external URL. */
export function urlFor(pathOrUrl: string, { site, base }: Deployment): string {
	return isExternalUrl(pathOrUrl) ? pathOrUrl : absoluteUrl(pathOrUrl, site, base);
}
