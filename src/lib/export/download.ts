/** Save generated content as a file, entirely in the browser. */
export function download(filename: string, content: Blob | string, type = 'text/csv;charset=utf-8'): void {
	const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Decoded in place: the CSP allows fetch only to the site itself, not to data: URLs. */
export async function dataUrlToBlob(dataUrl: string): Promise<Blob> {
	const comma = dataUrl.indexOf(',');
	const header = dataUrl.slice(5, comma);
	const type = header.split(';')[0] || 'application/octet-stream';
	const payload = dataUrl.slice(comma + 1);
	if (!header.endsWith(';base64')) return new Blob([decodeURIComponent(payload)], { type });
	return new Blob([Uint8Array.from(atob(payload), (c) => c.charCodeAt(0))], { type });
}
