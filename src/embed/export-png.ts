/**
 * A PNG of a self-contained SVG, drawn by the browser on a canvas. The SVG must carry everything
 * it needs (see export-svg.ts): an image loaded from a data: URL cannot fetch anything, and a
 * canvas that drew anything from elsewhere could not be read back.
 */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
	const image = new Image();
	image.width = width;
	image.height = height;
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await image.decode();

	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const context = canvas.getContext('2d');
	if (!context) throw new Error('This browser cannot draw on a canvas, so no PNG can be made.');
	context.drawImage(image, 0, 0, canvas.width, canvas.height);
	return new Promise((resolve, reject) =>
		canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))), 'image/png'),
	);
}

/** Saves `blob` under `fileName` through the browser's download. */
export function download(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// The download has started from the URL; give the browser a moment before letting it go.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
