/**
 * The overview's queries answered at build time, so its cards and its first chart are in the
 * prerendered page before the in-browser engine has started (the engine then confirms them).
 */
import { latestFullYearQuery, phaseCardsQuery, pilotCountsQuery } from '$lib/queries/overview';
import { eventsQuery, phasesQuery } from '$lib/queries/reference';
import { cohortSeriesQuery, nationalSeriesQuery } from '$lib/queries/timeline';
import { DEFAULT_FILTERS } from '$lib/model/filters';
import { SAMPLE_FIRST_MONTH, SAMPLE_LAST_MONTH } from '$lib/schema';
import type { QuerySeeds } from '$lib/perf/seed';
import { buildTimeSeed } from './build-db';

/** Seeds by the names the overview panels read; empty (live only) when the data is missing. */
export async function overviewSeeds(): Promise<QuerySeeds> {
	try {
		const latest = await buildTimeSeed<{ year: number | null }>(latestFullYearQuery(), ['imports']);
		const year = latest.rows[0]?.year ?? null;
		const reference = ['phases', 'cities', 'events'] as const;
		return {
			latest,
			...(year
				? { cards: await buildTimeSeed(phaseCardsQuery(year), [...reference, 'violations']) }
				: {}),
			counts: await buildTimeSeed(
				pilotCountsQuery(SAMPLE_FIRST_MONTH, SAMPLE_LAST_MONTH),
				reference
			),
			phases: await buildTimeSeed(phasesQuery(), reference),
			events: await buildTimeSeed(eventsQuery(SAMPLE_FIRST_MONTH, SAMPLE_LAST_MONTH), reference),
			shareRows: await buildTimeSeed(cohortSeriesQuery(DEFAULT_FILTERS), ['imports', ...reference]),
			shareNational: await buildTimeSeed(nationalSeriesQuery(DEFAULT_FILTERS), [
				'imports',
				'cities'
			])
		};
	} catch (error) {
		console.warn(`overview: no build-time seeds (${String(error)}); the page loads live.`);
		return {};
	}
}
