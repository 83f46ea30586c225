/**
 * Build-time only: every data file (the data API's documents, the citation files), a `[path, text]` line each, one route
 * instead of some 20,000 (src/lib/build-cache/data-files.ts). The data-files integration writes them out and deletes
 * this file, so it is never deployed.
 */
import type { APIRoute } from 'astro';
import { apiDocument, apiDocuments } from '../data/api.ts';
import { siteDeployment } from '../data/deployment.ts';
import { citationFiles } from '../data/publication.ts';
import { getSite } from '../data/site.ts';
import { handover } from '../lib/build-cache/data-files.ts';

export const GET: APIRoute = async () => {
	const site = await getSite();
	const deployment = siteDeployment();
	const documents = await apiDocuments(site, deployment);
	const files: [string, string][] = [...documents.keys()].map((path) => [path, apiDocument(documents, path)!]);
	for (const { path, text } of citationFiles(site, deployment)) files.push([path, text]);
	return new Response(handover(files), { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } });
};
