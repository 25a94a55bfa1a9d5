import { z } from 'zod';
import { localizedSchema } from './localized';

// Follow-up delays: when Constat reminds the person to check whether the platform acted. They are
// reminders, not legal deadlines (see README.md), and the person may change them.

export const followUpRuleIds = [
  'manifest-hate-24h',
  'terrorist-content-1h',
  'dsa-timely',
  'terms-only',
] as const;
export const followUpRuleIdSchema = z.enum(followUpRuleIds);
export type FollowUpRuleId = z.infer<typeof followUpRuleIdSchema>;

export const followUpRuleSchema = z.object({
  id: followUpRuleIdSchema,
  /** Hours after the notice is sent; null: no fixed reminder (the person sets one if they want). */
  hours: z.number().int().positive().nullable(),
  label: localizedSchema,
  /** Why this delay, and why it is not a legal deadline. */
  explanation: localizedSchema,
});
export type FollowUpRule = z.infer<typeof followUpRuleSchema>;

export const followUpRules: readonly FollowUpRule[] = z.array(followUpRuleSchema).parse([
  {
    id: 'manifest-hate-24h',
    hours: 24,
    label: { fr: 'Relance à 24 h', en: 'Reminder after 24 h' },
    explanation: {
      fr: 'Rappel, pas obligation légale. 24 heures est le délai de retrait que prévoyait la proposition de loi « Avia » (2019) pour les grandes plateformes et les contenus manifestement illicites de sa liste : art. 24 al. 5, 7 et 8, art. 24 bis et art. 33 al. 3 et 4 de la loi de 1881, et des articles du Code pénal, dont le harcèlement sexuel (art. 222-33) et la pédopornographie (art. 227-23). Le Conseil constitutionnel l’a censuré (décision n° 2020-801 DC du 18 juin 2020) avant la promulgation de la loi n° 2020-766 du 24 juin 2020, publiée sans lui : ce délai n’a jamais été en vigueur. Le DSA exige un traitement « en temps utile ».',
      en: 'A reminder, not a legal obligation. 24 hours is the removal deadline that the 2019 “Avia” bill provided for, for large platforms and manifestly illegal content on its list: art. 24 para. 5, 7 and 8, art. 24 bis and art. 33 para. 3 and 4 of the 1881 law, and Code pénal articles including sexual harassment (art. 222-33) and child sexual abuse material (art. 227-23). The Conseil constitutionnel struck it down (decision no. 2020-801 DC of 18 June 2020) before loi n° 2020-766 of 24 June 2020 was promulgated without it: that deadline never applied. The DSA requires handling “in a timely manner”.',
    },
  },
  {
    id: 'terrorist-content-1h',
    hours: 1,
    label: { fr: 'Relance à 1 h', en: 'Reminder after 1 h' },
    explanation: {
      fr: 'Rappel, pas obligation légale pour un signalement de particulier. Une heure est le délai du règlement (UE) 2021/784 (art. 3) pour retirer un contenu terroriste après une injonction de retrait d’une autorité compétente ; un simple signalement n’ouvre pas ce délai. Signalez aussi à PHAROS, qui peut saisir l’autorité.',
      en: 'A reminder, not a legal obligation for a notice from an individual. One hour is the deadline of Regulation (EU) 2021/784 (Art. 3) for removing terrorist content after a removal order from a competent authority; an ordinary notice does not start that clock. Report to PHAROS too, which can involve the authority.',
    },
  },
  {
    id: 'dsa-timely',
    hours: null,
    label: { fr: 'En temps utile (DSA)', en: 'In a timely manner (DSA)' },
    explanation: {
      fr: 'Le DSA (règlement (UE) 2022/2065, art. 16 § 6) demande aux hébergeurs de traiter les notifications « en temps utile », de manière diligente, non arbitraire et objective, sans fixer de durée. Aucune relance n’est fixée par défaut ; vous pouvez en choisir une.',
      en: 'The DSA (Regulation (EU) 2022/2065, Art. 16(6)) asks hosting services to process notices “in a timely, diligent, non-arbitrary and objective manner”, without a set duration. No reminder is set by default; you can choose one.',
    },
  },
  {
    id: 'terms-only',
    hours: null,
    label: { fr: 'Sans délai légal', en: 'No legal deadline' },
    explanation: {
      fr: 'Un contenu contraire aux seules règles de la plateforme n’est pas une notification de contenu illicite : ni la loi ni le DSA ne fixent de délai. Aucune relance n’est fixée par défaut.',
      en: 'Content that only breaks the platform’s rules is not a notice of illegal content: neither the law nor the DSA sets a deadline. No reminder is set by default.',
    },
  },
]);

export function followUpRuleById(id: FollowUpRuleId): FollowUpRule {
  const rule = followUpRules.find((r) => r.id === id);
  if (!rule) throw new Error(`Unknown follow-up rule ${id}`);
  return rule;
}
