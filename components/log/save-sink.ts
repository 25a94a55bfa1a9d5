import { blobSink, type ExportSink, fileSink, type WritableFileHandle } from '../../utils/export/sink';

interface PickerWindow {
  showSaveFilePicker?: (options: { suggestedName: string }) => Promise<WritableFileHandle>;
}

/** Hands a finished Blob to the browser's downloads (no `downloads` permission needed). */
function downloadBlob(doc: Document, fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Firefox starts the download after the click returns; revoking at once would cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Where an export goes: straight into a file the person picks where the browser can (Chromium's
 * File System Access API), else a download built from the written chunks. Null when the person
 * cancelled the file picker.
 */
export async function openExportSink(
  win: Window,
  fileName: string,
  mime: string,
): Promise<ExportSink | null> {
  const picker = (win as PickerWindow).showSaveFilePicker;
  if (!picker) return blobSink(mime, (blob) => downloadBlob(win.document, fileName, blob));
  try {
    return await fileSink(await picker.call(win, { suggestedName: fileName }));
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}
