/**
 * Build-time only: every image file the site names, one path per line
 * (src/lib/images/in-use.ts). The stale-output integration reads it to keep
 * exactly these image files and prune the image cache of the rest, and
 * deletes it, so it is never deployed.
 */
import type { APIRoute } from 'astro';
import { coverOf, entryPictureOf } from '../data/publication.ts';
import { getSite } from '../data/site.ts';
import { bodyImagesOf } from '../lib/images/body.ts';
import { imagesInUse } from '../lib/images/in-use.ts';

export const GET: APIRoute = async () => {
	const site = await getSite();
	const base = import.meta.env.BASE_URL;
	const lists = await Promise.all(
		[...site.versions.values()]
			.flat()
			.map((entry) => imagesInUse({ photo: entry.data.image?.src, cover: coverOf(entry), body: bodyImagesOf(entry), picture: entryPictureOf(entry) }, base)),
	);
	return new Response(`${[...new Set(lists.flat())].sort().join('\n')}\n`);
};
