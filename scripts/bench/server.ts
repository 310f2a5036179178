/** Starts and stops the static preview server (scripts/preview.ts) on a port of our own. */
import { spawn } from 'node:child_process';

export interface Preview {
	readonly url: string;
	stop(): void;
}

/** Serves `outDir` as `npm run preview` does (precompressed files, static host rules) on `port`. */
export async function startPreview(outDir: string, port: number): Promise<Preview> {
	const child = spawn(
		'npx',
		['tsx', 'scripts/preview.ts', '--dir', outDir, '--host', '127.0.0.1', '--port', String(port)],
		{ stdio: 'ignore', detached: true }
	);
	const url = `http://127.0.0.1:${port}`;
	const stop = () => {
		// npx starts the server as a child: end our own process group, nothing else.
		if (child.pid && child.exitCode === null) {
			try {
				process.kill(-child.pid, 'SIGTERM');
			} catch {
				// already gone
			}
		}
	};
	for (let i = 0; i < 150; i++) {
		try {
			if ((await fetch(`${url}/`)).status < 500) return { url, stop };
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	stop();
	throw new Error(`the preview server did not start on ${url}`);
}
