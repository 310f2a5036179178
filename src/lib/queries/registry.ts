/**
 * Every registered view, by id: what a server answers. A view request is checked here — a known
 * view, the right number of arguments, each decoded against the data's domain — and the SQL is
 * built by the view's own builder, so the browser and the server run the same text.
 */
import type { QuerySpec } from '../db/connector';
import * as categories from './categories';
import * as city from './city';
import * as compliance from './compliance';
import * as eventStudy from './event-study';
import * as map from './map';
import * as outcomes from './outcomes';
import * as overview from './overview';
import * as reference from './reference';
import * as timeline from './timeline';
import * as workbench from './workbench';
import { ViewRequestError, type ArgCodec, type ArgContext, type ViewDef } from './views';

const MODULES = [
	overview,
	reference,
	timeline,
	eventStudy,
	city,
	map,
	categories,
	compliance,
	workbench,
	outcomes
];

function isViewBuilder(value: unknown): value is { def: ViewDef } {
	return typeof value === 'function' && 'def' in value;
}

/** Registered views by id. */
export const VIEWS: ReadonlyMap<string, ViewDef> = new Map(
	MODULES.flatMap((m) => Object.values(m).filter(isViewBuilder)).map((b) => [b.def.id, b.def])
);

const MAX_ID_LENGTH = 64;

/**
 * The query a view request asks for, built by its builder from decoded arguments; a
 * ViewRequestError (never a SQL or engine error) for anything that does not fit.
 */
export function buildViewRequest(request: unknown, ctx: ArgContext): QuerySpec {
	if (typeof request !== 'object' || request === null || Array.isArray(request)) {
		throw new ViewRequestError('A view request is an object { view, args }.');
	}
	const { view, args } = request as { view?: unknown; args?: unknown };
	if (typeof view !== 'string' || view.length > MAX_ID_LENGTH) {
		throw new ViewRequestError('A view request names its view as a string.');
	}
	const def = VIEWS.get(view);
	if (!def) throw new ViewRequestError(`There is no view '${view.replace(/[^\w.-]/g, '?')}'.`);
	const raw = args ?? [];
	const codecs = def.args as readonly ArgCodec<unknown>[];
	if (!Array.isArray(raw) || raw.length > codecs.length) {
		throw new ViewRequestError(`View ${view} takes ${codecs.length} arguments.`);
	}
	const values = codecs.map((codec, i) => codec.decode(raw[i] ?? null, ctx));
	try {
		const { sql, params } = def.build(...values);
		return { sql, params };
	} catch {
		// A builder refuses what its allow-lists do not hold (e.g. a column of another table).
		throw new ViewRequestError(`View ${view} cannot be built from these arguments.`);
	}
}
