/**
 * Grains, grain reasons and notes in words, in either language (pure given the language, so tests
 * check both catalogues); components pass the interface language.
 */
import { translate, type Locale, type MessageKey } from '$lib/i18n/index.svelte';
import type { Grain } from '$lib/model/grain';
import type { GrainNote, GrainReason } from '$lib/model/view-grain';

const say = (lang: Locale, key: string, params: Record<string, string | number> = {}) =>
	translate(lang, key as MessageKey, params);

const column = (lang: Locale, name: string) => say(lang, `grain.column.${name}`);

/** "by city, annual, goods category: totals over all, channel: not stated". */
export function grainText(grain: Grain, lang: Locale): string {
	const parts = [say(lang, `ingest.grain.${grain.place}`), say(lang, `ingest.grain.${grain.time}`)];
	for (const [name, level] of Object.entries(grain.breakdowns)) {
		parts.push(say(lang, `ingest.grain.${level}`, { column: column(lang, name) }));
	}
	return parts.join(lang === 'zh' ? '，' : ', ');
}

/** Why a view cannot answer, as a sentence. */
export function reasonText(reason: GrainReason, lang: Locale): string {
	const params: Record<string, string> = {};
	if ('table' in reason) params.table = say(lang, `grain.table.${reason.table}`);
	if ('column' in reason) params.column = column(lang, reason.column);
	if ('time' in reason) params.time = say(lang, `grain.time.${reason.time}`);
	if ('level' in reason) params.level = say(lang, `grain.level.${reason.level}`);
	if ('month' in reason) params.month = reason.month;
	if (reason.code === 'tables-differ') {
		params.first = say(lang, `grain.time.${reason.first}`);
		params.second = say(lang, `grain.time.${reason.second}`);
	}
	return say(lang, `grain.reason.${reason.code}`, params);
}

/** A caveat of a view that does answer, as a sentence. */
export function noteText(note: GrainNote, lang: Locale): string {
	const params: Record<string, string> = {};
	if ('table' in note) params.table = say(lang, `grain.table.${note.table}`);
	if ('column' in note) params.column = column(lang, note.column);
	if ('time' in note) params.time = say(lang, `grain.time.${note.time}`);
	return say(lang, `grain.note.${note.code}`, params);
}
