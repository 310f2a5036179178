/**
 * The estimate's columns, shared by the event-time twin, the group × month table and the growth
 * table: the estimate (its raw value in `data-value`), the 95 % band in the estimate's decimals,
 * and, where there is no number, the reason across those columns. Pure: the caller passes `t`.
 */
import { columnFormat, type NumberKind } from '../../format/column';
import type { Locale } from '../../format/number';
import type { Translate } from '../../analysis/series-labels';
import type { Column } from '../../charts/table/columns';
import type { ShownEffect } from './outcome-rows';

export function effectColumns<T extends ShownEffect>(
	rows: readonly T[],
	kind: NumberKind,
	lang: Locale,
	t: Translate,
	options: { se?: boolean } = {}
): Column<T>[] {
	const numbers = columnFormat(
		rows.flatMap((r) => [r.estimate, r.lower, r.upper]),
		kind,
		lang
	);
	const reason = (r: T) => (r.reason ? t(r.reason.key, r.reason.params) : '');
	const span = options.se ? 3 : 2;
	const columns: Column<T>[] = [
		{
			id: 'estimate',
			header: t('outcomes.col.estimate'),
			value: (r) => r.estimate,
			format: (v, r) => (r.reason ? reason(r) : numbers.format(typeof v === 'number' ? v : null)),
			span: (r) => (r.reason ? span : 1),
			tone: (r) => (r.reason ? 'muted' : null),
			align: 'end',
			dataValue: true,
			attrs: (r) => ({ 'data-field': 'estimate', 'data-estimable': r.reason === null })
		},
		{
			id: 'band',
			header: t('outcomes.col.band'),
			value: (r) => r.lower,
			// "−17 % to +20 %": an en dash between signed numbers would read as a minus.
			format: (_, r) =>
				r.lower === null || r.upper === null
					? '–'
					: t('outcomes.col.bandValue', {
							lower: numbers.format(r.lower),
							upper: numbers.format(r.upper)
						}),
			align: 'end',
			attrs: (r) => ({ 'data-field': 'band', 'data-lower': r.lower, 'data-upper': r.upper })
		}
	];
	if (options.se) {
		const se = columnFormat(
			rows.map((r) => r.se),
			'count',
			lang,
			{ decimals: 3 }
		);
		columns.push({
			id: 'se',
			header: t('outcomes.col.se'),
			value: (r) => r.se,
			format: (v) => se.format(typeof v === 'number' ? v : null),
			align: 'end',
			dataValue: true
		});
	}
	return columns;
}

/** Months since joining with their sign: −24 … 0 … +35. */
export function eventTimeText(e: number): string {
	return e > 0 ? `+${e}` : e < 0 ? `−${-e}` : '0';
}
