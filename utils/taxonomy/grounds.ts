import { z } from 'zod';
import { localizedSchema } from './localized';

// Protected grounds (loi du 29 juillet 1881, art. 24 al. 7–8, 32 al. 2–3, 33 al. 3–4): kept apart from
// the offence, since notices and statistics need both (an insult on grounds of religion and of sex).
// The first group (origin, religion) and the second (sex, orientation, gender identity, disability)
// sit in different paragraphs of each article, with the same penalties; see provisions-press.ts.

export const groundIds = [
  'origin',
  'religion',
  'sex',
  'sexual-orientation',
  'gender-identity',
  'disability',
] as const;
export const groundIdSchema = z.enum(groundIds);
export type GroundId = z.infer<typeof groundIdSchema>;

export const groundSchema = z.object({
  id: groundIdSchema,
  label: localizedSchema,
  /** Short, plain-language: what the ground covers, and where useful what it does not. */
  definition: localizedSchema,
});
export type Ground = z.infer<typeof groundSchema>;

export const grounds: readonly Ground[] = z.array(groundSchema).parse([
  {
    id: 'origin',
    label: { fr: 'Origine, ethnie, nation ou « race »', en: 'Origin, ethnicity, nationality or “race”' },
    definition: {
      fr: 'L’origine d’une personne, ou son appartenance ou non-appartenance à une ethnie, une nation ou une prétendue race. La loi emploie le mot « race » ; ce sont le racisme et la xénophobie qui sont visés, y compris l’antisémitisme quand il vise une origine.',
      en: 'A person’s origin, or their belonging or not belonging to an ethnic group, a nation or a so-called race. The law uses the word “race”; what it targets is racism and xenophobia, including antisemitism when it targets an origin.',
    },
  },
  {
    id: 'religion',
    label: { fr: 'Religion', en: 'Religion' },
    definition: {
      fr: 'L’appartenance ou la non-appartenance à une religion déterminée. La loi protège les personnes, pas les croyances : critiquer ou moquer une religion, ses dogmes ou ses symboles n’est pas en soi une infraction (le blasphème n’est pas un délit en France) ; s’en prendre aux croyants parce qu’ils le sont en est une.',
      en: 'Belonging or not belonging to a given religion. The law protects people, not beliefs: criticising or mocking a religion, its doctrines or its symbols is not in itself an offence (blasphemy is not a crime in France); attacking believers because they are believers is.',
    },
  },
  {
    id: 'sex',
    label: { fr: 'Sexe', en: 'Sex' },
    definition: {
      fr: 'Le sexe de la personne visée : propos sexistes ou misogynes qui s’en prennent à une femme parce qu’elle est une femme, ou à un homme parce qu’il est un homme.',
      en: 'The sex of the person targeted: sexist or misogynistic statements that attack a woman because she is a woman, or a man because he is a man.',
    },
  },
  {
    id: 'sexual-orientation',
    label: { fr: 'Orientation sexuelle', en: 'Sexual orientation' },
    definition: {
      fr: 'L’orientation sexuelle de la personne visée : propos homophobes, lesbophobes ou biphobes.',
      en: 'The sexual orientation of the person targeted: homophobic, lesbophobic or biphobic statements.',
    },
  },
  {
    id: 'gender-identity',
    label: { fr: 'Identité de genre', en: 'Gender identity' },
    definition: {
      fr: 'Le genre auquel une personne s’identifie, qu’il corresponde ou non au sexe assigné à la naissance : vise notamment les propos transphobes.',
      en: 'The gender a person identifies with, whether or not it matches the sex assigned at birth: covers transphobic statements in particular.',
    },
  },
  {
    id: 'disability',
    label: { fr: 'Handicap', en: 'Disability' },
    definition: {
      fr: 'Le handicap, physique, sensoriel, mental, cognitif ou psychique : propos validistes visant une personne parce qu’elle est handicapée. L’état de santé, l’âge ou l’apparence physique ne figurent pas parmi les motifs de ces infractions de la loi de 1881.',
      en: 'Disability, whether physical, sensory, mental, cognitive or psychological: ableist statements that target a person because they are disabled. Health, age and physical appearance are not among the grounds of these offences of the 1881 law.',
    },
  },
]);

export function groundById(id: GroundId): Ground {
  const ground = grounds.find((g) => g.id === id);
  // Unreachable while `grounds` lists every id (a test checks it); kept so the type needs no `!`.
  if (!ground) throw new Error(`Unknown ground ${id}`);
  return ground;
}
