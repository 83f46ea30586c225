/**
 * The sites the end-to-end tests run against, each built once by
 * tests/e2e/build-sites.ts and served over HTTP by tests/e2e/serve.ts.
 */
export interface TestSite {
	name: string;
	/** Output folder. */
	dir: string;
	port: number;
	/** Deployment base path. */
	base: string;
	/** Time zone the build (and the browser) runs in. */
	timezone: string;
	/** Content folder; undefined for the launch content. */
	contentDir?: string;
}

export const SITES: TestSite[] = [
	{ name: 'launch-kiritimati', dir: 'tests/.sites/launch-kiritimati', port: 4601, base: '/', timezone: 'Pacific/Kiritimati' },
	{ name: 'launch-pago-pago-subpath', dir: 'tests/.sites/launch-pago-pago-subpath', port: 4602, base: '/smuggling-of-migrants/', timezone: 'Pacific/Pago_Pago' },
	{ name: 'paging', dir: 'tests/.sites/paging', port: 4603, base: '/', timezone: 'UTC', contentDir: 'tests/.sites/paging-content' },
];

export const siteUrl = (site: TestSite) => `http://127.0.0.1:${site.port}${site.base}`;

/** The sub-path site, served by nginx with the shipped configuration (tests/e2e/nginx.ts) on a free port. */
export const NGINX_SITE = SITES.find((site) => site.name === 'launch-pago-pago-subpath')!;
