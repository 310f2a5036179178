/**
 * `npm run preview`: serves the built site (build/) as a static host would, precompressed files
 * included (scripts/serve/static-site.ts).
 *
 *   tsx scripts/preview.ts [--dir build] [--host 127.0.0.1] [--port 4173]
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { staticSite } from './serve/static-site';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: 'build' },
		host: { type: 'string', default: '127.0.0.1' },
		port: { type: 'string', default: process.env.PA_PORT ?? '4173' },
		// Accepted for the same command line as `vite preview`; the port is always strict here.
		strictPort: { type: 'boolean', default: true }
	}
});

if (!existsSync(join(values.dir!, 'index.html'))) {
	console.error(`No site in ${values.dir}/: run \`npm run build\` first.`);
	process.exit(1);
}
const server = createServer(staticSite(values.dir!));
server.on('error', (e) => {
	console.error(`preview: ${e.message}`);
	process.exit(1);
});
server.listen(Number(values.port), values.host, () =>
	console.log(`Serving ${values.dir}/ on http://${values.host}:${values.port}`)
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0));
