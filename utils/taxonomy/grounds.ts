import { z } from 'zod';
import { taxonomyTextSchema } from './text-schema';

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
  label: taxonomyTextSchema,
  /** Short, plain-language: what the ground covers, and where useful what it does not. */
  definition: taxonomyTextSchema,
});
export type Ground = z.infer<typeof groundSchema>;

export const grounds: readonly Ground[] = z.array(groundSchema).parse([
  {
    id: 'origin',
    label: 'taxonomyGroundOriginLabel',
    definition: 'taxonomyGroundOriginDefinition',
  },
  {
    id: 'religion',
    label: 'taxonomyGroundReligionLabel',
    definition: 'taxonomyGroundReligionDefinition',
  },
  {
    id: 'sex',
    label: 'taxonomyGroundSexLabel',
    definition: 'taxonomyGroundSexDefinition',
  },
  {
    id: 'sexual-orientation',
    label: 'taxonomyGroundSexualOrientationLabel',
    definition: 'taxonomyGroundSexualOrientationDefinition',
  },
  {
    id: 'gender-identity',
    label: 'taxonomyGroundGenderIdentityLabel',
    definition: 'taxonomyGroundGenderIdentityDefinition',
  },
  {
    id: 'disability',
    label: 'taxonomyGroundDisabilityLabel',
    definition: 'taxonomyGroundDisabilityDefinition',
  },
]);

export function groundById(id: GroundId): Ground {
  const ground = grounds.find((g) => g.id === id);
  // Unreachable while `grounds` lists every id (a test checks it); kept so the type needs no `!`.
  if (!ground) throw new Error(`Unknown ground ${id}`);
  return ground;
}
