/**
 * Offers text (a CSV batch) as a download through a temporary link — where the webview allows
 * downloads (browsers, Excel on the web, Excel on Windows). Excel for Mac's WKWebView ignores it
 * (office-js #2700, #3385): there the pane delivers files another way (see fileDelivery).
 *
 * @example
 * downloadText('NIGHTLY-invoices-2026-11-21.csv', csv)
 */
export function downloadText(fileName: string, content: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
