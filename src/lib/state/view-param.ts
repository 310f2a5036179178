/**
 * View-specific URL parameters (e.g. `scale`, `align`, `month`): each declares how to read and
 * write itself and its default, which never appears in the URL.
 */
export interface ViewParam<T> {
	readonly name: string;
	readonly defaultValue: T;
	/** The value, or undefined when the text is not valid for this parameter. */
	parse(raw: string): T | undefined;
	serialise(value: T): string;
}

/** A parameter that takes one of a fixed set of words. */
export function choiceParam<const T extends string>(
	name: string,
	choices: readonly T[],
	defaultValue: T
): ViewParam<T> {
	return {
		name,
		defaultValue,
		parse: (raw) => ((choices as readonly string[]).includes(raw) ? (raw as T) : undefined),
		serialise: (v) => v
	};
}

/** A parameter holding a 'YYYY-MM' month inside [first, last], or null. */
export function monthParam(name: string, first: string, last: string): ViewParam<string | null> {
	return {
		name,
		defaultValue: null,
		parse: (raw) =>
			/^\d{4}-(0[1-9]|1[0-2])$/.test(raw) && raw >= first && raw <= last ? raw : undefined,
		serialise: (v) => v ?? ''
	};
}

/** A comma-separated list of words from a fixed set (order kept canonical by sorting). */
export function setParam(name: string, choices: readonly string[]): ViewParam<readonly string[]> {
	return {
		name,
		defaultValue: [],
		parse: (raw) => {
			const values = raw.split(',').filter((v) => v !== '');
			return values.every((v) => choices.includes(v)) ? [...new Set(values)].sort() : undefined;
		},
		serialise: (v) => [...v].sort().join(',')
	};
}

/** A free-text parameter up to a length (e.g. a query's text); never executed by reading it. */
export function textParam(name: string, maxLength: number): ViewParam<string> {
	return {
		name,
		defaultValue: '',
		parse: (raw) => (raw.length <= maxLength ? raw : undefined),
		serialise: (v) => v
	};
}
