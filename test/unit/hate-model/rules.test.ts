import { describe, expect, it } from 'vitest';
import { classify } from '../../../utils/classify/index';
import { bundledLexicon } from '../../../utils/classify/lexicon';
import { fold } from '../../../utils/classify/normalize';
import { tokenize } from '../../../utils/classify/tokenize';
import { ruleLists } from '../../../utils/hate-model/rule-lists';
import { findRuleHits, readGroups } from '../../../utils/hate-model/rules';

// The explainable rules: what fires, on which group, and what keeps it from counting.

function hits(text: string) {
  const { tokens, quotes } = tokenize(fold(text));
  const reading = readGroups(tokens, quotes, bundledLexicon(), ruleLists().cues);
  return findRuleHits(reading, bundledLexicon(), classify(text).language).map((h) => ({
    rule: h.rule,
    ground: h.ground,
    pronoun: h.antecedent !== null,
    discountedBy: h.discountedBy,
  }));
}

const counting = (text: string) => hits(text).filter((h) => h.discountedBy === null);

describe('rules, in English and French', () => {
  it.each([
    ['Muslims are rats.', 'dehumanisation', 'religion'],
    ['Les immigrés sont de la vermine.', 'dehumanisation', 'origin'],
    ['We should deport all the immigrants.', 'violence-or-exclusion', 'origin'],
    ['Il faut expulser tous les juifs.', 'violence-or-exclusion', 'religion'],
    ['On devrait brûler toutes les mosquées.', 'violence-or-exclusion', 'religion'],
    ['Women belong in the kitchen, not in parliament.', 'inferiority', 'sex'],
    ['Les handicapés ne servent à rien.', 'inferiority', 'disability'],
    ['Gay people are disgusting.', 'negative-emotion', 'sexual-orientation'],
    ['Je déteste les trans.', 'negative-emotion', 'gender-identity'],
  ])('%s → %s (%s)', (text, rule, ground) => {
    expect(counting(text)).toContainEqual({ rule, ground, pronoun: false, discountedBy: null });
  });

  it('follows a pronoun back to the group named before it', () => {
    expect(counting('I saw some Jews today. They are vermin.')).toEqual([
      { rule: 'dehumanisation', ground: 'religion', pronoun: true, discountedBy: null },
    ]);
    expect(
      counting('Les musulmans sont une plaie pour ce pays, il faut les renvoyer chez eux'),
    ).toContainEqual({
      rule: 'violence-or-exclusion',
      ground: 'religion',
      pronoun: true,
      discountedBy: null,
    });
  });

  it('does not fire on a pronoun with no group named before', () => {
    expect(hits('They are vermin.')).toEqual([]);
    expect(hits('Ils sont inférieurs.')).toEqual([]);
  });

  it('discounts negation, quotation and condemnation', () => {
    expect(hits('Muslims are not rats.')).toEqual([
      { rule: 'dehumanisation', ground: 'religion', pronoun: false, discountedBy: 'negation' },
    ]);
    expect(hits('Women are inferior: that is sexist.')[0]?.discountedBy).toBe('condemnation');
    expect(hits('Saying that women are inferior is sexist.')[0]?.discountedBy).toBe('quotation');
    expect(hits('Il a écrit « les juifs sont des rats » et il a été banni.')[0]?.discountedBy).toBe(
      'quotation',
    );
    expect(
      hits('Si tu penses que les noirs sont inférieurs, le problème c’est toi.')[0]?.discountedBy,
    ).not.toBeNull();
  });

  it('keeps a negation that the pattern says itself', () => {
    expect(counting('Trans people are not human.')).toHaveLength(1);
    expect(counting('Je ne supporte pas les homos.')).toHaveLength(1);
  });

  it('leaves ordinary statements about groups alone', () => {
    expect(hits('Muslims are my neighbours.')).toEqual([]);
    expect(hits('Les femmes ont les mêmes droits.')).toEqual([]);
  });
});
