import { describe, expect, it } from 'vitest';
import {
  authorLabel,
  currentValue,
  excerpt,
  extractedValue,
  fieldOrigin,
  withFieldValue,
} from '../../../components/report/report-fields';
import { makePostData, makeReport } from '../factories';

const AT = new Date('2026-11-20T09:00:00.000Z');

describe('editable fields', () => {
  it('treats a null or blank extraction as not found', () => {
    const report = makeReport({
      extracted: makePostData({ text: '  \n', author: { handle: null, name: 'N' } }),
    });
    expect(extractedValue(report, 'text')).toBeNull();
    expect(extractedValue(report, 'authorHandle')).toBeNull();
    expect(extractedValue(report, 'authorName')).toBe('N');
    expect(extractedValue(makeReport({ extracted: null }), 'permalink')).toBeNull();
  });

  it('stores a change as an edit and drops it when the original is typed back', () => {
    const edited = withFieldValue({}, 'authorName', 'Other', 'Example Person', AT);
    expect(edited).toEqual({ authorName: { value: 'Other', editedAt: AT.toISOString() } });
    expect(withFieldValue(edited, 'authorName', 'Example Person', 'Example Person', AT)).toEqual({});
    expect(withFieldValue({}, 'authorHandle', '', null, AT)).toEqual({});
  });

  it('says where each value comes from', () => {
    const edit = { value: 'x', editedAt: AT.toISOString() };
    expect(fieldOrigin('found', undefined)).toBe('extracted');
    expect(fieldOrigin('found', edit)).toBe('edited');
    expect(fieldOrigin(null, undefined)).toBe('to-fill');
    expect(fieldOrigin(null, { ...edit, value: '   ' })).toBe('to-fill');
    expect(fieldOrigin(null, edit)).toBe('typed-by-hand');
  });

  it('uses edits in what lists show', () => {
    const report = makeReport({
      extracted: makePostData({
        author: { handle: '@a', name: null },
        text: `line one\n\n${'word '.repeat(60)}`,
      }),
      edits: { authorName: { value: 'Typed Name', editedAt: AT.toISOString() } },
    });
    expect(currentValue(report, report.edits, 'authorName')).toBe('Typed Name');
    expect(authorLabel(report)).toBe('Typed Name (@a)');
    expect(excerpt(report, 20)).toBe('line one word word…');
  });
});
