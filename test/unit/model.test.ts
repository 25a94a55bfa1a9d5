import { describe, expect, it } from 'vitest';
import { extractionSchema } from '../../utils/capture/extraction';
import { evidenceRefSchema, postDataSchema, reportSchema, SCHEMA_VERSION } from '../../utils/model';
import { sampleExtraction } from './capture/capture-fixture';
import { makePostData, makeReport } from './factories';

describe('the data model', () => {
  it('accepts a well-formed post and report', () => {
    expect(postDataSchema.safeParse(makePostData()).success).toBe(true);
    expect(reportSchema.safeParse(makeReport()).success).toBe(true);
  });

  it('refuses a permalink that is not http(s), whatever the page claimed', () => {
    for (const permalink of ['javascript:alert(1)', 'data:text/html,hi', 'x.com/a/status/1']) {
      expect(postDataSchema.safeParse({ ...makePostData(), permalink }).success).toBe(false);
    }
  });

  it('refuses times without a UTC zone and unknown platforms', () => {
    expect(postDataSchema.safeParse({ ...makePostData(), publishedAt: '2025-10-28T11:10:33' }).success).toBe(
      false,
    );
    expect(postDataSchema.safeParse({ ...makePostData(), platform: 'myspace' }).success).toBe(false);
  });

  it('refuses an evidence hash that is not a SHA-256 in lowercase hex', () => {
    const ref = { id: crypto.randomUUID(), kind: 'screenshot', mime: 'image/png', size: 3 };
    expect(evidenceRefSchema.safeParse({ ...ref, sha256: 'a'.repeat(64) }).success).toBe(true);
    expect(evidenceRefSchema.safeParse({ ...ref, sha256: 'A'.repeat(64) }).success).toBe(false);
    expect(evidenceRefSchema.safeParse({ ...ref, sha256: 'abc' }).success).toBe(false);
  });

  it('refuses a stored report of another schema version instead of guessing', () => {
    expect(reportSchema.safeParse({ ...makeReport(), schemaVersion: SCHEMA_VERSION + 1 }).success).toBe(
      false,
    );
    expect(reportSchema.safeParse({ ...makeReport(), schemaVersion: 1 }).success).toBe(false);
  });
});

describe('what a page returns (untrusted)', () => {
  it('is parsed, and a page title is cut to a sane length', () => {
    const parsed = extractionSchema.parse({ ...sampleExtraction(), pageTitle: 't'.repeat(10_000) });
    expect(parsed.pageTitle).toHaveLength(4096);
  });

  it('refuses forged shapes: a post without its box, an unknown reason, a negative size', () => {
    const good = sampleExtraction();
    expect(extractionSchema.safeParse({ ...good, noPostReason: 'because' }).success).toBe(false);
    expect(extractionSchema.safeParse({ ...good, post: { ...good.post, rect: undefined } }).success).toBe(
      false,
    );
    const negative = { ...good.post, rect: { x: 0, y: 0, width: -5, height: 10 } };
    expect(extractionSchema.safeParse({ ...good, post: negative }).success).toBe(false);
  });
});
