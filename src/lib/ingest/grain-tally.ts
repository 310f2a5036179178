/**
 * Counts the grain level of every converted row and decides the file's grain: dimension by
 * dimension, the level most rows share. Rows at another level (a province total among cities, a
 * year among months, a "合计" channel among codes) are reported, never summed in.
 */
import type { TableSpec } from '../schema';
import type { BreakdownLevel, Grain, PlaceGrain, TimeGrain } from '../model/grain';
import type { Level } from './convert';

/** A level as the report names it: 'city', 'province', 'year', 'all', … */
export function levelKey(level: Level['level']): string {
	return level;
}

export class GrainTally {
	readonly #counts = new Map<string, Map<string, number>>();

	constructor(private readonly spec: TableSpec) {}

	count(levels: Readonly<Record<string, Level>>): void {
		for (const [column, level] of Object.entries(levels)) {
			if (level.level === 'either') continue;
			const counts = this.#counts.get(column) ?? new Map<string, number>();
			counts.set(level.level, (counts.get(level.level) ?? 0) + 1);
			this.#counts.set(column, counts);
		}
	}

	#majority<T extends string>(column: string | undefined, fallback: T): T {
		const counts = column ? this.#counts.get(column) : undefined;
		let best: [string, number] | null = null;
		for (const entry of counts ?? []) if (!best || entry[1] > best[1]) best = entry;
		return (best?.[0] as T | undefined) ?? fallback;
	}

	/** The grain most rows share (municipalities, both city and province, count for neither). */
	grain(): Grain {
		const g = this.spec.grain;
		const breakdowns: Record<string, BreakdownLevel> = {};
		for (const column of g?.breakdowns ?? []) {
			breakdowns[column] = this.#majority<BreakdownLevel>(column, 'detail');
		}
		return {
			place: this.#majority<PlaceGrain>(g?.place, 'city'),
			time: this.#majority<TimeGrain>(g?.time, 'month'),
			breakdowns
		};
	}

	/** The first column where a row's level differs from the file's grain, or null. */
	offGrain(
		levels: Readonly<Record<string, Level>>,
		grain: Grain
	): { column: string; level: Level['level']; expected: string } | null {
		for (const [column, level] of Object.entries(levels)) {
			const expected =
				level.dim === 'time'
					? grain.time
					: level.dim === 'place'
						? grain.place
						: grain.breakdowns[column];
			if (level.level === 'either' || expected === undefined) continue;
			if (level.level !== expected) return { column, level: level.level, expected };
		}
		return null;
	}
}
