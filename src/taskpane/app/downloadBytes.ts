/**
 * Offers bytes (a .zip of emails, a letters PDF) as a download through a temporary link — where
 * the webview allows downloads (browsers, Excel on the web, Excel on Windows). Excel for Mac's
 * WKWebView ignores it (office-js #2700, #3385): there the pane refuses first (see fileDelivery).
 *
 * @example
 * downloadBytes(zip, 'NIGHTLY-2026-11-21-emails.zip', 'application/zip')
 */
export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): void {
  // Copy into a fresh ArrayBuffer: a Blob part must not be a view of a shared buffer.
  const url = URL.createObjectURL(new Blob([bytes.slice().buffer as ArrayBuffer], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
