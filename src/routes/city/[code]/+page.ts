import { error } from '@sveltejs/kit';
import { REFERENCE_CITIES, referenceCity } from '$lib/reference/cities';
import type { EntryGenerator, PageLoad } from './$types';

// One prerendered page per place in the reference list.
export const entries: EntryGenerator = () => REFERENCE_CITIES.map((c) => ({ code: c.code }));

export const load: PageLoad = ({ params }) => {
	const city = referenceCity(params.code);
	if (!city) error(404, `No place with code ${params.code.slice(0, 40)} in the reference list`);
	return { city };
};
