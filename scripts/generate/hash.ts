/** SHA-256 for file hashes and the dataset version. */
import { createHash } from 'node:crypto';

/** Lower-case hex SHA-256 of bytes or UTF-8 text. */
export function sha256Hex(data: Uint8Array | string): string {
	return createHash('sha256').update(data).digest('hex');
}
