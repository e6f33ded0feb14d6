// A file the server sends inside a GraphQL answer (exportReport: base64) saved by the browser.

/** The bytes of a base64 text, exactly (no text decoding, so a CSV's UTF-8 BOM and an XLSX's zip survive). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Offers the bytes as a download named `fileName` (the browser's own save flow). */
export function saveBase64File(fileName: string, contentType: string, base64: string): void {
  const blob = new Blob([base64ToBytes(base64)], { type: contentType || 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download; free it once that has started.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
