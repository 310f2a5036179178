/** The app's message lookup without the browser (the same catalogues and renderer as t()). */
import { CATALOGUES, type MessageKey } from '../../src/lib/i18n/catalogue';
import { renderMessage } from '../../src/lib/i18n/render';

export function translate(
	lang: 'en' | 'zh',
	key: string,
	params: Record<string, string | number> = {}
): string {
	return renderMessage(lang, CATALOGUES[lang][key as MessageKey] ?? key, params);
}
