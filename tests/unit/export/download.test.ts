import { describe, expect, it } from 'vitest';
import { dataUrlToBlob } from '../../../src/lib/export/download';

describe('dataUrlToBlob (no fetch: the CSP allows only the site itself)', () => {
	it('decodes a base64 PNG data URL byte for byte', async () => {
		const bytes = Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10, 0, 255]);
		const url = `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`;
		const blob = await dataUrlToBlob(url);
		expect(blob.type).toBe('image/png');
		expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
	});

	it('decodes a percent-encoded SVG data URL', async () => {
		const blob = await dataUrlToBlob(`data:image/svg+xml;charset=utf-8,${encodeURIComponent('<svg>å</svg>')}`);
		expect(blob.type).toBe('image/svg+xml');
		expect(await blob.text()).toBe('<svg>å</svg>');
	});
});
