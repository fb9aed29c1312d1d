import type { ExportFile } from './panel-host.ts';

/**
 * Offers `file` as a download from the panel: a Blob behind a temporary `<a download>` link,
 * which works in the sandboxed iframes of both Miro panels and Figma plugin UIs.
 */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
