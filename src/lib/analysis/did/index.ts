/**
 * The outcomes estimator's public API (see docs/outcomes-method.md):
 * - `panelFromQueries(places, months)` → a `DidPanel` from queries/outcomes.ts's rows;
 * - `estimateDid(panel, options)` → a `DidResult`: group-time cells, event-time series per phase
 *   and overall, group, phase and overall effects, each `Estimable` (a number with bands, or the
 *   reasons it is not estimable), the pre-trend tests, and the naive TWFE beside them;
 * - `EstimateCache` to reuse a result per filter state; `phaseSentence`, `growthRows`,
 *   `builtInEffects` to say it; `estimateRows` / `estimatesExportSource` to export it.
 */
export { estimateDid } from './estimate';
export { panelFromQueries } from './from-query';
export { buildPanel, type DidPanel, type PanelPlace, type PanelRow } from './panel';
export {
	DEFAULT_DID_OPTIONS,
	DID_OUTCOMES,
	DID_SCALES,
	COMPARISON_GROUPS,
	didOptions,
	isRatioOutcome,
	type DidOptions,
	type DidOutcome,
	type DidScale,
	type ComparisonGroup
} from './options';
export { reasonMessage, rootReason, type Estimable, type NotEstimable } from './reasons';
export type * from './result';
export { EstimateCache } from './cache';
export {
	asChange,
	formatEffect,
	formatP,
	growthRows,
	phaseSentence,
	type GrowthRow
} from './summary';
export { builtInEffects, builtInGroupEffect } from './built-in';
export { ESTIMATES_TABLE, estimateRows, estimatesExportSource } from './export';
