import { describe, expect, it } from 'vitest';
import { fromCsv, toCsv } from '../../../utils/training/formats/csv';
import { parseCsv, safeCell, unsafeCell } from '../../../utils/training/formats/csv-cells';
import { fromDoccano, toDoccano } from '../../../utils/training/formats/doccano';
import { exportFile } from '../../../utils/training/formats/export-file';
import {
  detectFormat,
  labelledFormats,
  MAX_IMPORT_BYTES,
  readLabelledFile,
} from '../../../utils/training/formats/import-file';
import { fromJsonl, toJsonl } from '../../../utils/training/formats/jsonl';
import {
  fromLabelStudio,
  labelStudioConfig,
  toLabelStudio,
} from '../../../utils/training/formats/label-studio';
import {
  ImportError,
  type LabelledItem,
  labelFromParts,
} from '../../../utils/training/formats/labelled-item';

const SHA = 'a'.repeat(64);

const items: LabelledItem[] = [
  {
    id: 'ex-1',
    text: 'Il faut chasser "ces gens", ligne 1\nligne 2, avec virgule',
    language: 'fr',
    annotator: 'Alex',
    labels: labelFromParts({
      categoryId: 'hate-provocation',
      grounds: ['origin', 'religion'],
      severity: 3,
      confidence: 'high',
      note: 'appel explicite',
    }),
    metadata: {
      source: 'capture',
      platform: 'x',
      pageUrl: 'https://x.com/a/status/1',
      permalink: null,
      createdAt: '2026-12-01T10:00:00.000Z',
    },
    evidence: [{ kind: 'post-crop', mime: 'image/png', size: 10, sha256: SHA }],
  },
  {
    id: 'ex-2',
    text: '=HYPERLINK("http://evil.example","click")',
    language: 'en',
    annotator: 'Alex',
    labels: labelFromParts({
      categoryId: null,
      acceptableReason: 'quotation',
      severity: 0,
      note: '-starts with a dash',
    }),
    metadata: {},
    evidence: [],
  },
  {
    id: 'ex-3',
    text: '@mention +33 6',
    language: null,
    annotator: null,
    labels: null,
    metadata: {},
    evidence: [],
  },
];

describe('exports and imports round-trip', () => {
  it('JSONL keeps everything', () => {
    expect(fromJsonl(toJsonl(items))).toEqual({ items, issues: [] });
  });

  it('Label Studio keeps the labels, the text and the metadata', () => {
    const tasks = JSON.parse(toLabelStudio(items));
    expect(tasks[0].data.text).toBe(items[0]!.text);
    expect(tasks[0].annotations[0].result[0]).toEqual({
      from_name: 'category',
      to_name: 'text',
      type: 'choices',
      value: { choices: ['hate-provocation'] },
    });
    expect(tasks[2].annotations).toEqual([]);
    expect(fromLabelStudio(toLabelStudio(items))).toEqual({ items, issues: [] });
  });

  it('doccano keeps the category as the label and the other layers as prefixed labels', () => {
    const first = JSON.parse(toDoccano(items).split('\n')[0]!);
    expect(first.text).toBe(items[0]!.text);
    expect(first.label).toEqual([
      'hate-provocation',
      'ground:origin',
      'ground:religion',
      'legality:illegal',
      'severity:3',
      'confidence:high',
    ]);
    expect(fromDoccano(toDoccano(items))).toEqual({ items, issues: [] });
  });

  it('CSV keeps the labels and the evidence hashes, and is safe in a spreadsheet', () => {
    const csv = toCsv(items);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).toContain("'-starts with a dash");
    expect(csv).toContain("'@mention +33 6");
    const back = fromCsv(csv);
    expect(back.issues).toEqual([]);
    expect(back.items.map((i) => [i.id, i.text, i.labels, i.annotator])).toEqual(
      items.map((i) => [i.id, i.text, i.labels, i.annotator]),
    );
    expect(back.items[0]?.evidence[0]?.sha256).toBe(SHA);
  });

  it('names each export file after its format', () => {
    expect(labelledFormats.map((f) => exportFile(items, f, 'set').name)).toEqual([
      'set.jsonl',
      'set.csv',
      'set.label-studio.json',
      'set.doccano.jsonl',
    ]);
  });
});

describe('formula-safe CSV cells', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '\0x', "'=x", "''+x"])(
    'prefixes %j and reads it back',
    (v) => {
      expect(safeCell(v).startsWith("'")).toBe(true);
      expect(unsafeCell(safeCell(v))).toBe(v);
    },
  );
  it.each(['plain', "'quoted", '1-2', ''])('leaves %j alone', (v) => {
    expect(safeCell(v)).toBe(v);
    expect(unsafeCell(v)).toBe(v);
  });
  it('reads quoted cells across lines, CRLF, a BOM, and refuses a quote left open', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x\ny","say ""hi"""\r\n')).toEqual([
      ['a', 'b'],
      ['x\ny', 'say "hi"'],
    ]);
    expect(() => parseCsv('a,"b')).toThrow(/never closed/);
  });
});

describe('reading other tools’ files', () => {
  it('reads a Label Studio export with several annotators, and their own user ids', () => {
    const file = JSON.stringify([
      {
        id: 7,
        data: { text: 'Some text' },
        annotations: [
          {
            completed_by: 1,
            result: [
              { from_name: 'category', to_name: 'text', type: 'choices', value: { choices: ['threats'] } },
            ],
          },
          {
            completed_by: { email: 'b@example.org' },
            result: [{ from_name: 'category', type: 'choices', value: { choices: ['none'] } }],
          },
        ],
      },
    ]);
    const { items: read, issues } = fromLabelStudio(file);
    expect(issues).toEqual([]);
    expect(read.map((i) => [i.id, i.annotator, i.labels?.categoryId, i.labels?.legality])).toEqual([
      ['7', 'label-studio:1', 'threats', 'illegal'],
      ['7', 'b@example.org', null, 'acceptable'],
    ]);
  });

  it('reads a plain doccano line and numbers lines without an id', () => {
    const { items: read } = fromDoccano(
      '{"text":"Hello","label":["platform-rules"]}\n\n{"id":4,"text":"x","label":[]}\n',
    );
    expect(read.map((i) => [i.id, i.labels?.legality ?? null])).toEqual([
      ['line-1', 'platform-rules'],
      ['4', null],
    ]);
  });

  it('detects the format from the name and the first line', () => {
    expect(detectFormat('a.csv', 'id,text')).toBe('csv');
    expect(detectFormat('a.json', '[{"data":{}}]')).toBe('label-studio');
    expect(detectFormat('a.jsonl', '{"text":"x","label":[]}')).toBe('doccano');
    expect(detectFormat('a.jsonl', '{"id":"x","text":"x","labels":null}')).toBe('jsonl');
  });
});

describe('hostile or malformed imports: a clear error, nothing half-imported', () => {
  const failure = (name: string, text: string) => {
    try {
      readLabelledFile(name, text);
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      return error as ImportError;
    }
    throw new Error('expected the import to fail');
  };

  it('names every bad line and imports none of the good ones', () => {
    const good = toJsonl(items.slice(0, 1)).trim();
    const error = failure(
      'labels.jsonl',
      [
        good,
        'not json',
        '{"id":"x","text":"t","language":null,"annotator":null,"labels":{"categoryId":"made-up"},"metadata":{},"evidence":[]}',
        good,
      ].join('\n'),
    );
    expect(error.message).toMatch(/Nothing was imported: 2 item/);
    expect(error.issues.map((i) => i.where)).toEqual(['line 2', 'line 3']);
    expect(error.issues[0]?.message).toMatch(/^not valid JSON/);
  });

  it('refuses contradictory layers, unknown categories and grounds from other tools', () => {
    expect(fromDoccano('{"text":"x","label":["threats","none"]}').issues[0]?.message).toMatch(
      /more than one category/,
    );
    expect(fromDoccano('{"text":"x","label":["none","legality:illegal"]}').issues[0]?.message).toMatch(
      /needs a category/,
    );
    expect(fromCsv('id,text,category,grounds\n1,x,threats,martian\n').issues[0]?.where).toBe('row 2');
    expect(fromLabelStudio('{"not":"a list"}').issues[0]?.message).toMatch(/list of tasks/);
  });

  it('refuses an empty file, a CSV without its header, and a file over the size limit', () => {
    expect(failure('a.jsonl', '\n\n').message).toMatch(/holds no item/);
    expect(failure('a.csv', 'foo,bar\n1,2\n').issues[0]?.message).toMatch(/id and text/);
    expect(failure('a.jsonl', 'x'.repeat(MAX_IMPORT_BYTES + 1)).message).toMatch(/MB/);
  });

  it('keeps hostile text as text', () => {
    const hostile = '<img src=x onerror=alert(1)>\u202E';
    const [item] = fromJsonl(toJsonl([{ ...items[2]!, text: hostile }])).items;
    expect(item?.text).toBe(hostile);
  });
});

describe('Label Studio labelling setup', () => {
  it('names one control a layer, as the export writes them', () => {
    const xml = labelStudioConfig(['threats'], ['origin'], {
      legality: ['illegal', 'acceptable'],
      reasons: ['news'],
      confidence: ['high'],
    });
    for (const name of [
      'category',
      'grounds',
      'legality',
      'acceptable_reason',
      'severity',
      'confidence',
      'note',
    ])
      expect(xml).toContain(`name="${name}" toName="text"`);
    expect(xml).toContain('<Choice value="none"/>');
    expect(xml).toContain('<Choices name="grounds" toName="text" choice="multiple"');
  });
});
