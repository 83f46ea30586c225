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

/** Ports start after `E2E_PORT_BASE` (default 4600), so two checkouts can run their tests side by side. */
const PORT_BASE = Number(process.env['E2E_PORT_BASE'] || 4600);

/** Port of the `astro dev` server the dev specs run against. */
export const DEV_PORT = PORT_BASE + 4;

export const SITES: TestSite[] = [
	{ name: 'launch-kiritimati', dir: 'tests/.sites/launch-kiritimati', port: PORT_BASE + 1, base: '/', timezone: 'Pacific/Kiritimati' },
	{
		name: 'launch-pago-pago-subpath',
		dir: 'tests/.sites/launch-pago-pago-subpath',
		port: PORT_BASE + 2,
		base: '/smuggling-of-migrants/',
		timezone: 'Pacific/Pago_Pago',
	},
	{ name: 'paging', dir: 'tests/.sites/paging', port: PORT_BASE + 3, base: '/', timezone: 'UTC', contentDir: 'tests/.sites/paging-content' },
	// The launch content has no photo (the legacy page kept none): this one adds news items with photos, and an Arabic version.
	{ name: 'photos', dir: 'tests/.sites/photos', port: PORT_BASE + 5, base: '/', timezone: 'UTC', contentDir: 'tests/.sites/photos-content' },
];

/** The photos site's news items: a lead photo and one in the body, in English and Arabic (written by writePhotoContent). */
export const PHOTO_NEWS = {
	slug: 'coast-guards-meet-in-the-harbour',
	title: 'Coast guards meet in the harbour',
	alt: 'Boats moored in a harbour at dawn',
	bodyAlt: 'Two officers on the quay',
	arabicTitle: 'خفر السواحل يجتمعون في الميناء',
};

export const siteUrl = (site: TestSite) => `http://127.0.0.1:${site.port}${site.base}`;

/** The sub-path site, served by nginx with the shipped configuration (tests/e2e/nginx.ts) on a free port. */
export const NGINX_SITE = SITES.find((site) => site.name === 'launch-pago-pago-subpath')!;
