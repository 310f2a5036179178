import { overviewSeeds } from '$lib/server/overview-seeds';

/** Runs at build time (the page is prerendered): the overview's answers, drawn before the engine. */
export const load = async () => ({ seeds: await overviewSeeds() });
