/**
 * Saves a file the core made as bytes (base64) through a Blob and an <a download>. The catalogue's
 * `download` helper takes text, which a Blob writes as UTF-8; a DATEV file must keep its
 * Windows-1252 bytes as they are, so it goes through here.
 */
export function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function downloadBytes(fileName: string, base64: string, type: string): void {
  const url = URL.createObjectURL(new Blob([base64Bytes(base64)], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
