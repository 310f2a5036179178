/**
 * A dropped URL parameter as a reader reads it: the parameter by name in words ("province", not
 * "prov"), the reason in plain language, months as months.
 */
import type { Notice } from '../../model/filters';
import type { MessageKey } from '../../i18n/catalogue';
import { formatMonth } from '../../format/date';
import type { Locale } from '../../format/number';
import { isMonth } from '../../model/months';
import { SAMPLE_FIRST_MONTH, SAMPLE_LAST_MONTH } from '../../schema';
import { clip } from '../../format/text';

/** Parameters with a name in words (filters, view parameters, the language). */
const PARAM_WORDS = new Set([
	'phase',
	'prov',
	'city',
	'cat',
	'ch',
	'from',
	'to',
	'metric',
	'lang',
	'scale',
	'align',
	'study',
	'month',
	'tile',
	'table',
	'sql',
	'sort',
	'measure'
]);

const MAX_SHOWN = 80;

/** The catalogue key and parameters of a notice's sentence. */
export function noticeMessage(
	n: Notice,
	locale: Locale,
	translate: (key: MessageKey, params?: Record<string, string | number>) => string
): string {
	const month = (v: string) => (isMonth(v) ? formatMonth(v, locale) : clip(v, MAX_SHOWN));
	const param =
		n.reason !== 'unknown-param' && PARAM_WORDS.has(n.param)
			? translate(`filters.param.${n.param}` as MessageKey)
			: clip(n.param, MAX_SHOWN);
	return translate(`filters.notice.${n.reason}`, {
		param,
		value: clip(n.value, MAX_SHOWN),
		from: month(n.value),
		to: month(n.other ?? ''),
		first: formatMonth(SAMPLE_FIRST_MONTH, locale),
		last: formatMonth(SAMPLE_LAST_MONTH, locale)
	});
}
