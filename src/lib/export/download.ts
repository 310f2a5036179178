/** Hands files to the browser's download manager (a transient link; nothing leaves the machine). */
import type { ExportFile } from './formats';

/** Saves each file; a short pause between files keeps browsers from dropping the second. */
export async function saveFiles(files: readonly ExportFile[]): Promise<void> {
	for (const [i, file] of files.entries()) {
		if (i > 0) await new Promise((r) => setTimeout(r, 150));
		const url = URL.createObjectURL(new Blob([file.bytes.slice().buffer], { type: file.type }));
		const link = document.createElement('a');
		link.href = url;
		link.download = file.name;
		link.rel = 'noopener';
		document.body.append(link);
		link.click();
		link.remove();
		setTimeout(() => URL.revokeObjectURL(url), 30_000);
	}
}
