// The rules' names, apart from their word lists so that the stored suggestion's schema does not pull
// the lists into every context that reads a report.

export const ruleIds = [
  'violence-or-exclusion',
  'dehumanisation',
  'inferiority',
  'negative-emotion',
] as const;
export type RuleId = (typeof ruleIds)[number];
