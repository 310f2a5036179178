import { error } from '@sveltejs/kit';
import { REPORT_VIEW_IDS } from '$lib/report/spec';
import { isViewId } from '$lib/report/embed-views';
import { translate } from '$lib/i18n/index.svelte';
import type { EntryGenerator, PageLoad } from './$types';

// One prerendered embed per view of the report registry.
export const entries: EntryGenerator = () => REPORT_VIEW_IDS.map((view) => ({ view }));

export const load: PageLoad = ({ params, url }) => {
	if (!isViewId(params.view)) {
		const lang = url.searchParams.get('lang') === 'zh' ? 'zh' : 'en';
		error(404, translate(lang, 'publish.embedMissing', { view: params.view.slice(0, 40) }));
	}
	return { view: params.view };
};
