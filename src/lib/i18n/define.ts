/**
 * A feature's messages in both languages. The Chinese catalogue must have exactly the English
 * keys (a type error otherwise); `{name}` placeholders are filled by `t()`.
 */
export function defineMessages<const E extends Record<string, string>>(
	en: E,
	zh: { readonly [K in keyof E]: string }
): { readonly en: E; readonly zh: { readonly [K in keyof E]: string } } {
	return { en, zh };
}
