import { describe, expect, it } from 'vitest';
import { parseLogExport } from '../../../utils/export/check-log-export';
import { buildLogExport, writeLogExport } from '../../../utils/export/log-export';
import { readLogSource } from '../../../utils/export/log-source';
import type { ExportSink } from '../../../utils/export/sink';
import { storeCapture } from '../factories';

const NOW = new Date('2026-12-01T10:00:00.000Z');

function textSink(): ExportSink & { text: string } {
  return {
    text: '',
    async write(chunk) {
      this.text += typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
    },
    async close() {},
    async abort() {},
  };
}

describe('the JSON export at scale', () => {
  it('asks storage for the files of the reports that list some, and only theirs', async () => {
    const withFiles = await storeCapture({ evidence: [{ kind: 'metadata', content: '{"note":"kept"}' }] });
    const withoutFiles = await storeCapture({ evidence: [] });
    const source = await readLogSource();
    const asked: string[] = [];
    const sink = textSink();
    await writeLogExport(
      sink,
      {
        ...source,
        evidence: (id) => {
          asked.push(id);
          return source.evidence(id);
        },
      },
      { now: NOW },
    );
    expect(asked).toEqual([withFiles.report.id]);
    const parsed = await parseLogExport(JSON.parse(sink.text));
    const byId = new Map(parsed.reports.map((entry) => [entry.report.id, entry]));
    expect(byId.get(withoutFiles.report.id)?.evidence).toEqual([]);
    expect(byId.get(withoutFiles.report.id)?.missingEvidenceIds).toEqual([]);
    expect(byId.get(withFiles.report.id)?.evidence).toHaveLength(1);
    // The same file as the one built whole.
    expect(parsed.reports).toEqual((await buildLogExport({ now: NOW })).reports);
  });
});
