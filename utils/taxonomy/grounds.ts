import { z } from 'zod';

// Protected grounds (loi du 29 juillet 1881, art. 24 al. 7–8, 32, 33): kept apart from the offence,
// since notices and statistics need both (an insult on grounds of religion and of sex).

export const groundIds = ['origin', 'religion', 'sex', 'sexual-orientation', 'gender-identity', 'disability'] as const;
export const groundIdSchema = z.enum(groundIds);
export type GroundId = z.infer<typeof groundIdSchema>;
