import { describe, expect, it } from 'vitest';
import { krippendorffAlphaNominal } from '../../../utils/training/stats/alpha';
import { accuracy, confusionMatrix } from '../../../utils/training/stats/confusion';
import { cohenKappa } from '../../../utils/training/stats/kappa';

/** Pairs from a 2×2 table of counts: [yes/yes, yes/no, no/yes, no/no]. */
function fromTable([yy, yn, ny, nn]: [number, number, number, number]): [string, string][] {
  const repeat = (n: number, pair: [string, string]) => Array.from({ length: n }, () => pair);
  return [
    ...repeat(yy, ['yes', 'yes']),
    ...repeat(yn, ['yes', 'no']),
    ...repeat(ny, ['no', 'yes']),
    ...repeat(nn, ['no', 'no']),
  ];
}

describe("Cohen's kappa", () => {
  // Wikipedia, "Cohen's kappa", worked example: 50 grant proposals read by two readers.
  it('gives 0.4 on the 50-proposal example (po 0.7, pe 0.5)', () => {
    const result = cohenKappa(fromTable([20, 5, 10, 15]));
    expect(result.n).toBe(50);
    expect(result.observed).toBeCloseTo(0.7, 10);
    expect(result.expected).toBeCloseTo(0.5, 10);
    expect(result.kappa).toBeCloseTo(0.4, 10);
  });

  // Same article, "Same percentages but different numbers": equal agreement (60 %), different kappas.
  it('weighs chance agreement: 0.1304 and 0.2593 for two tables with 60 % agreement', () => {
    expect(cohenKappa(fromTable([45, 15, 25, 15])).kappa).toBeCloseTo(0.1304, 4);
    expect(cohenKappa(fromTable([25, 35, 5, 35])).kappa).toBeCloseTo(0.2593, 4);
  });

  it('is 1 for perfect agreement, leaves out missing labels, and is undefined without variation', () => {
    expect(
      cohenKappa([
        ['a', 'a'],
        ['b', 'b'],
        ['c', 'c'],
      ]).kappa,
    ).toBe(1);
    expect(
      cohenKappa([
        ['a', 'a'],
        ['b', null],
        [null, 'c'],
        ['b', 'b'],
      ]),
    ).toMatchObject({ kappa: 1, n: 2 });
    expect(
      cohenKappa([
        ['a', 'a'],
        ['a', 'a'],
      ]).kappa,
    ).toBeNull();
    expect(cohenKappa([]).kappa).toBeNull();
  });
});

describe("Krippendorff's alpha, nominal", () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example A: two observers,
  // binary data, ten units, no missing value: alpha = 0.095.
  it('gives 0.095 on the two-observer binary example', () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const units = a.map((v, i) => [String(v), String(b[i])]);
    expect(krippendorffAlphaNominal(units).alpha).toBeCloseTo(0.095, 3);
  });

  // Same paper, example C: four observers, twelve units, nominal values 1–5, missing values
  // (the `.` cells): alpha = 0.743.
  it('gives 0.743 on the four-observer example with missing values', () => {
    const rows = [
      '1 2 3 3 2 1 4 1 2 . . .',
      '1 2 3 3 2 2 4 1 2 5 . 3',
      '. 3 3 3 2 3 4 2 2 5 1 .',
      '1 2 3 3 2 4 4 1 2 5 1 .',
    ].map((row) => row.split(' ').map((v) => (v === '.' ? null : v)));
    const units = rows[0]!.map((_, u) => rows.map((row) => row[u] ?? null));
    const result = krippendorffAlphaNominal(units);
    expect(result.alpha).toBeCloseTo(0.743, 3);
    // Unit 12 has a single value and unit 1's missing cell drops one value: 40 pairable values.
    expect(result.pairable).toBe(40);
  });

  it('is 1 for agreement, and undefined without pairable variation', () => {
    expect(
      krippendorffAlphaNominal([
        ['a', 'a'],
        ['b', 'b'],
      ]).alpha,
    ).toBe(1);
    expect(
      krippendorffAlphaNominal([
        ['a', 'a'],
        ['a', 'a'],
      ]).alpha,
    ).toBeNull();
    expect(
      krippendorffAlphaNominal([
        ['a', null],
        [null, 'b'],
      ]).alpha,
    ).toBeNull();
  });
});

describe('confusion matrix and accuracy', () => {
  it('counts reference rows against answer columns, in the given order then as met', () => {
    const matrix = confusionMatrix(
      [
        ['none', 'none'],
        ['threats', 'none'],
        ['threats', 'threats'],
        ['terrorism', 'threats'],
      ],
      ['none', 'threats'],
    );
    expect(matrix.labels).toEqual(['none', 'threats', 'terrorism']);
    expect(matrix.counts).toEqual([
      [1, 0, 0],
      [1, 1, 0],
      [0, 1, 0],
    ]);
    expect(
      accuracy([
        ['a', 'a'],
        ['a', 'b'],
      ]),
    ).toBe(0.5);
    expect(accuracy([])).toBeNull();
  });
});
