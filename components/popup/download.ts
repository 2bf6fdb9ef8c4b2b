// Offering a file the background produced as a download, without the downloads permission.
import type { ExportedFile } from '../../lib/protocol/responses';

/** Saves `file` through a temporary <a download> over a Blob URL. */
export function downloadFile(file: ExportedFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // The click starts the download synchronously; revoke after the event loop turns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
