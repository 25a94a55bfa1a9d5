/** Where an export is written, a chunk at a time: a file the person picked, or a download. */
export interface ExportSink {
  write(chunk: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * Collects the chunks as Blob parts (which the browser may keep on disk) and hands over one Blob
 * when closed; for browsers without the File System Access API.
 */
export function blobSink(mime: string, onBlob: (blob: Blob) => void): ExportSink {
  let parts: BlobPart[] = [];
  return {
    async write(chunk) {
      // A copy: the writer may reuse its buffer after the call.
      parts.push(typeof chunk === 'string' ? chunk : new Blob([chunk.slice()]));
    },
    async close() {
      onBlob(new Blob(parts, { type: mime }));
      parts = [];
    },
    async abort() {
      parts = [];
    },
  };
}

/** What showSaveFilePicker returns, as much of it as an export uses. */
export interface WritableFileHandle {
  createWritable(): Promise<{
    write(data: string | Uint8Array<ArrayBuffer>): Promise<void>;
    close(): Promise<void>;
    abort(): Promise<void>;
  }>;
}

/** Writes straight into a file the person picked, so the export never sits whole in memory. */
export async function fileSink(handle: WritableFileHandle): Promise<ExportSink> {
  const writable = await handle.createWritable();
  return {
    write: (chunk) => writable.write(typeof chunk === 'string' ? chunk : chunk.slice()),
    close: () => writable.close(),
    abort: () => writable.abort(),
  };
}
