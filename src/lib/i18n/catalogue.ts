/**
 * Every feature's messages merged into one catalogue per language. A feature adds its own file in
 * messages/ (keys prefixed with the feature's name) and one entry in FEATURES.
 */
import { common } from './messages/common';
import { overview } from './messages/overview';
import { filters } from './messages/filters';
import { timeline } from './messages/timeline';
import { city } from './messages/city';
import { report } from './messages/report';
import { categories } from './messages/categories';
import { compliance } from './messages/compliance';
import { maps } from './messages/maps';
import { workbench } from './messages/workbench';
import { quality } from './messages/quality';
import { about } from './messages/about';
import { share } from './messages/share';
import { charts } from './messages/charts';
import { ingest } from './messages/ingest';
import { outcomes } from './messages/outcomes';
import { server } from './messages/server';

const FEATURES = [
	common,
	overview,
	filters,
	timeline,
	city,
	report,
	categories,
	compliance,
	maps,
	workbench,
	quality,
	about,
	share,
	charts,
	ingest,
	outcomes,
	server
] as const;

type KeysOf<F> = F extends { en: infer E } ? keyof E & string : never;
export type MessageKey = KeysOf<(typeof FEATURES)[number]>;

function merge(lang: 'en' | 'zh'): Record<MessageKey, string> {
	return Object.assign({}, ...FEATURES.map((f) => f[lang])) as Record<MessageKey, string>;
}

export const CATALOGUES: Record<'en' | 'zh', Record<MessageKey, string>> = {
	en: merge('en'),
	zh: merge('zh')
};

/** Every feature catalogue, for the completeness test. */
export const FEATURE_CATALOGUES: readonly {
	en: Record<string, string>;
	zh: Record<string, string>;
}[] = FEATURES;
