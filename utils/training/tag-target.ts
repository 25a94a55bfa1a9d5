import type { Tabs } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { type Capture, captureClickedTarget, type ReportClick } from '../capture/report-target';
import { errorText } from '../i18n/error-text';
import { TRAINING_SCHEMA_VERSION, type TrainingEvidence, type TrainingExample } from './example';
import { saveExample } from './examples-store';

// "Tag as a training example…": the same capture as a report, stored in the training database and
// never in the report log; the training page then opens on it to be tagged.

export type TagOutcome = { ok: true; exampleId: string; warnings: string[] } | { ok: false; error: string };

/** The training example made of a capture: the report's fields it needs, its evidence re-keyed. */
export function exampleFromCapture({ report, evidence, warnings }: Capture): {
  example: TrainingExample;
  files: TrainingEvidence[];
} {
  const exampleId = crypto.randomUUID();
  const text = report.extracted?.text || report.meta.menu.selectionText || '';
  const example: TrainingExample = {
    schemaVersion: TRAINING_SCHEMA_VERSION,
    id: exampleId,
    createdAt: report.createdAt,
    updatedAt: report.createdAt,
    source: 'capture',
    text,
    language: report.suggestion?.language ?? null,
    platform: report.platform,
    pageUrl: report.meta.pageUrl,
    permalink: report.extracted?.permalink ?? null,
    meta: report.meta,
    evidence: report.evidence,
    importedEvidence: [],
    annotator: null,
    suggestion: report.suggestion,
    label: null,
    labelledAt: null,
    warnings,
  };
  const files = evidence.map(({ reportId: _reportId, ...file }) => ({ ...file, exampleId }));
  return { example, files };
}

/** Captures the right-clicked post, stores it as a training example, and opens it for tagging. */
export async function tagClickedTarget(click: ReportClick, tab: Tabs.Tab): Promise<TagOutcome> {
  try {
    const captured = await captureClickedTarget(click, tab);
    if (!captured.ok) return captured;
    const { example, files } = exampleFromCapture(captured.capture);
    await saveExample(example, files);
    void browser.tabs
      .create({
        url: browser.runtime.getURL(`/training.html#tag/${example.id}`),
        index: tab.index + 1,
        openerTabId: tab.id,
      })
      .catch(() => undefined);
    return { ok: true, exampleId: example.id, warnings: captured.capture.warnings };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}
