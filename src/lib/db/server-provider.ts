/**
 * The server provider: views are answered by a Pilot Atlas server (`npm run serve`), which rebuilds
 * each query from its view request with the same builder and returns Arrow IPC. Nothing is
 * downloaded up front and no SQL text is sent. A server that stops answering is a lost session,
 * as a dead worker is; the engine then retries until the server is back.
 */
import type { DataManifest } from '../schema';
import type { Connector, QuerySpec, Row } from './connector';
import { DataError } from './errors';
import { fetchManifest } from './load';
import type { EngineProvider, EngineSession, RecoveryPolicy, StartPhase } from './provider';
import { DATA_READY_MARK, ENGINE_READY_MARK, mark } from '../perf/marks';

export interface ServerOptions {
	/** Where the site's `manifest.json` is served (the server answers it). */
	readonly dataUrl: string;
	/** The API root, e.g. `/api/v1`. */
	readonly apiUrl: string;
	/** The manifest the deployment already read (used for the first start only). */
	readonly manifest?: DataManifest;
}

const NOT_ANSWERING = 'The data server is not answering.';
const UNREACHABLE = 'server-unreachable';

export class ServerProvider implements EngineProvider {
	readonly kind = 'server';
	/** A server that went away is waited for: retried every 1, 2, 4 … up to 10 s, never given up. */
	readonly recovery: RecoveryPolicy = {
		maxLossesPerMinute: Number.POSITIVE_INFINITY,
		retryDelayMs: (attempt) => Math.min(1000 * 2 ** (attempt - 1), 10_000)
	};
	readonly #options: ServerOptions;
	#firstManifest: DataManifest | undefined;

	constructor(options: ServerOptions) {
		this.#options = options;
		this.#firstManifest = options.manifest;
	}

	async open(phase: (p: StartPhase) => void): Promise<EngineSession> {
		phase('starting');
		const known = this.#firstManifest;
		this.#firstManifest = undefined;
		const manifest = known ?? (await fetchManifest(this.#options.dataUrl).catch(notAnswering));
		const health = await fetch(`${this.#options.apiUrl}/health`).catch(notAnswering);
		if (!health.ok) throw new DataError(NOT_ANSWERING, `health ${health.status}`, UNREACHABLE);
		mark(ENGINE_READY_MARK);
		mark(DATA_READY_MARK);
		let lose!: (reason: string) => void;
		const lost = new Promise<string>((resolve) => (lose = resolve));
		const connector = new ServerConnector(this.#options.apiUrl, lose);
		return {
			connector,
			workbench: null,
			manifest,
			lost,
			stop: async () => connector.cancel()
		};
	}
}

function notAnswering(error: unknown): never {
	const detail = error instanceof Error ? error.message : String(error);
	throw new DataError(NOT_ANSWERING, detail, UNREACHABLE);
}

/** Sends each query's view request; a network failure loses the session. */
class ServerConnector implements Connector {
	readonly #inFlight = new Set<AbortController>();

	constructor(
		private readonly apiUrl: string,
		private readonly lose: (reason: string) => void
	) {}

	async query<T = Row>(spec: QuerySpec): Promise<T[]> {
		const [bytes, arrow, rows] = await Promise.all([
			this.queryArrow(spec),
			import('apache-arrow'),
			import('./rows')
		]);
		return rows.tableToRows<T>(arrow.tableFromIPC(bytes));
	}

	async queryArrow(spec: QuerySpec): Promise<Uint8Array> {
		if (!spec.view) {
			throw new DataError('This question is not a registered view; a server answers views only.');
		}
		const abort = new AbortController();
		this.#inFlight.add(abort);
		try {
			const response = await fetch(`${this.apiUrl}/view`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(spec.view),
				signal: abort.signal
			}).catch((error: unknown) => {
				if (abort.signal.aborted) throw new DataError('The query was cancelled.');
				this.lose(NOT_ANSWERING);
				return notAnswering(error);
			});
			if (response.status === 502) {
				this.lose(NOT_ANSWERING); // a proxy in front of a server that is down
				throw new DataError(NOT_ANSWERING, 'HTTP 502', UNREACHABLE);
			}
			if (!response.ok) throw new DataError(await errorText(response));
			return new Uint8Array(await response.arrayBuffer());
		} finally {
			this.#inFlight.delete(abort);
		}
	}

	async cancel(): Promise<void> {
		for (const abort of this.#inFlight) abort.abort();
		this.#inFlight.clear();
	}
}

async function errorText(response: Response): Promise<string> {
	try {
		const body = (await response.json()) as { error?: unknown };
		if (typeof body.error === 'string') return body.error;
	} catch {
		// not our JSON: a proxy's page
	}
	return `The data server answered ${response.status}.`;
}
