/**
 * The reference CSVs, bundled at build time so provenance pages and labels render before (and
 * without) the engine. The same files feed the generator, so the two can never disagree.
 */
import { csvObjects } from '../data/csv-objects';
import sourcesCsv from '../../../data/reference/sources.csv?raw';
import phasesCsv from '../../../data/reference/phases.csv?raw';
import citiesCsv from '../../../data/reference/cities.csv?raw';
import targetsCsv from '../../../data/reference/sample_targets.csv?raw';
import totalsCsv from '../../../data/reference/national_totals.csv?raw';
import categoriesCsv from '../../../data/reference/categories.csv?raw';
import violationTypesCsv from '../../../data/reference/violation_types.csv?raw';
import eventsCsv from '../../../data/reference/events.csv?raw';
import comparisonCsv from '../../../data/reference/comparison_places.csv?raw';

const parse = (text: string) => csvObjects(text).rows;

export const REFERENCE_CSV = {
	sources: parse(sourcesCsv),
	phases: parse(phasesCsv),
	cities: parse(citiesCsv),
	sample_targets: parse(targetsCsv),
	national_totals: parse(totalsCsv),
	categories: parse(categoriesCsv),
	violation_types: parse(violationTypesCsv),
	events: parse(eventsCsv),
	/** Not a contract table: the sample model's comparison places, merged into `cities`. */
	comparison_places: parse(comparisonCsv)
} as const;
