/** Downloads in renderer tests: jsdom has no object URLs and does not follow links, so the Blob and the file name are caught instead. */

export interface Download { fileName: string; blob: Blob }

/** Every download the app starts from now on (restore with vi.restoreAllMocks()). */
export function catchDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  let next = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${++next}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ fileName: this.download, blob: blobs.get(this.getAttribute('href') ?? '')! });
  });
  return downloads;
}
