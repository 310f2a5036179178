/**
 * A reference row's text in a language: `<base>_zh` in Chinese, `<base>_en` (or plain `<base>`,
 * as in `note`, `official_count_note`) in English and as the fallback. The reference data carries
 * both languages; nothing here translates.
 */
import type { Locale } from '../format/number';

export function localText(row: object, base: string, locale: Locale): string {
	const r = row as Record<string, unknown>;
	const pick = (k: string) => (typeof r[k] === 'string' && r[k] !== '' ? (r[k] as string) : null);
	const en = pick(`${base}_en`) ?? pick(base) ?? '';
	return locale === 'zh' ? (pick(`${base}_zh`) ?? en) : en;
}

/** The source ids of a row (`S1;S3`) as the reader sees them: 'S1, S3' / 'S1、S3'. */
export function sourceList(ids: string | undefined | null, locale: Locale): string {
	const list = (ids ?? '').split(';').filter(Boolean);
	return list.length === 0 ? '–' : list.join(locale === 'zh' ? '、' : ', ');
}
