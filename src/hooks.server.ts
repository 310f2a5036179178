/**
 * Build time only: every prerendered page gets its views' answers from the build-time engine,
 * embedded in its HTML, so its charts are drawn before the in-browser engine has started.
 */
import type { Handle, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { setBuildAnswerer } from '$lib/perf/seed';

export const init: ServerInit = async () => {
	if (!building) return;
	const [{ startBuildDb }, { buildAnswerer }] = await Promise.all([
		import('$lib/server/build-db'),
		import('$lib/server/build-seeds')
	]);
	try {
		setBuildAnswerer(buildAnswerer(await startBuildDb()));
	} catch (error) {
		console.warn(`No build-time seeds (${String(error)}): pages load live.`);
	}
};

export const handle: Handle = async ({ event, resolve }) => {
	if (!building) return resolve(event);
	const { collectSeeds, seedsElement } = await import('$lib/server/build-seeds');
	return collectSeeds(async (seeds) => {
		const response = await resolve(event, {
			transformPageChunk: ({ html, done }) =>
				done ? html.replace('</body>', `${seedsElement(seeds)}</body>`) : html
		});
		if (seeds.skipped.length > 0) {
			console.info(`  ${event.url.pathname}: left to the live engine: ${seeds.skipped.join(', ')}`);
		}
		return response;
	});
};
