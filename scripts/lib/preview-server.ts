/** Starts `vite preview` of the production build for a script, and stops it with its children. */
import { spawn } from 'node:child_process';

export interface PreviewServer {
	readonly url: string;
	stop(): void;
}

/** Serves build/ on the port and resolves once it answers. */
export async function startPreview(port: number): Promise<PreviewServer> {
	const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
		stdio: 'ignore',
		detached: true
	});
	const url = `http://127.0.0.1:${port}`;
	const stop = () => {
		try {
			// npx starts vite as a child: end the whole process group, or the old build keeps serving.
			if (server.pid) process.kill(-server.pid, 'SIGTERM');
		} catch {
			// already gone
		}
	};
	for (let i = 0; i < 150; i++) {
		if (server.exitCode !== null) throw new Error(`vite preview exited (is port ${port} in use?)`);
		try {
			if ((await fetch(`${url}/`)).ok) return { url, stop };
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	stop();
	throw new Error(`preview server did not start at ${url}`);
}

/** Launch options for Debian's Chromium, kept off the network. */
export const CHROMIUM = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
};
