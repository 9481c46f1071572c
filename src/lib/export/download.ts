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

export async function dataUrlToBlob(dataUrl: string): Promise<Blob> {
	return (await fetch(dataUrl)).blob();
}
