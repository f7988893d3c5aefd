/**
 * Offers `text` as a file download named `fileName`, the way a link with `download` does: the
 * timeline's calendar and the assessment report's scores use it.
 */
export function downloadText(host: Element, text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = host.ownerDocument.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  host.ownerDocument.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download by the time the click returns; the URL may go a little later.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}
