/**
 * The phase cards stand side by side and are read across: each figure gets one format for all
 * cards (one unit, one number of decimals), as a table column would.
 */
import { columnFormat, type ColumnFormat } from '../../format/column';
import type { Locale } from '../../format/number';
import type { PhaseCardRow } from '../../queries/overview';

export interface CardFormats {
	readonly value: ColumnFormat;
	readonly share: ColumnFormat;
	readonly growth: ColumnFormat;
	readonly rate: ColumnFormat;
}

/** Formats for the cards' figures, chosen from the values of every card. */
export function cardFormats(rows: readonly PhaseCardRow[], locale: Locale): CardFormats {
	const bonded = (r: PhaseCardRow) =>
		r.value_now && r.bonded_value_now !== null ? r.bonded_value_now / r.value_now : null;
	return {
		value: columnFormat(
			rows.flatMap((r) => [r.value_now, r.value_prev]),
			'cny',
			locale
		),
		share: columnFormat(rows.map(bonded), 'share', locale),
		growth: columnFormat(
			rows.map((r) => r.growth),
			'change',
			locale
		),
		rate: columnFormat(
			rows.map((r) => r.rate_per_10k),
			'rate',
			locale
		)
	};
}
