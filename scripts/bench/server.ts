/** Starts and stops `vite preview` on a port of our own, serving a given build directory. */
import { spawn } from 'node:child_process';

export interface Preview {
	readonly url: string;
	stop(): void;
}

/** Serves `outDir` with vite preview (the production server the e2e tests use) on `port`. */
export async function startPreview(outDir: string, port: number): Promise<Preview> {
	const child = spawn(
		'npx',
		[
			'vite',
			'preview',
			'--config',
			'scripts/bench/preview.config.ts',
			'--outDir',
			outDir,
			'--host',
			'127.0.0.1',
			'--port',
			String(port),
			'--strictPort'
		],
		{ stdio: 'ignore', detached: true }
	);
	const url = `http://127.0.0.1:${port}`;
	const stop = () => {
		// npx starts vite as a child: end our own process group, nothing else.
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
	throw new Error(`vite preview did not start on ${url}`);
}
