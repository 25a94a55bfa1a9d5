import { blobSink, type ExportSink } from '../../../utils/export/sink';

/** What an export writes, collected into one Blob (the tests' stand-in for a file on disk). */
export async function collectExport(write: (sink: ExportSink) => Promise<unknown>): Promise<Blob> {
  let blob: Blob | null = null;
  const sink = blobSink('application/octet-stream', (b) => {
    blob = b;
  });
  await write(sink);
  await sink.close();
  return blob as unknown as Blob;
}
