import { z } from 'zod';

// A first list of offence categories, as data. The full taxonomy (legal basis, DSA categories,
// platform reasons, follow-up delays) extends these entries; ids are stable once stored.

export const categorySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.object({ fr: z.string().min(1), en: z.string().min(1) }),
});
export type Category = z.infer<typeof categorySchema>;

export const categories: readonly Category[] = z.array(categorySchema).parse([
  {
    id: 'hate-provocation',
    label: {
      fr: 'Provocation à la haine, à la violence ou à la discrimination',
      en: 'Incitement to hatred, violence or discrimination',
    },
  },
  {
    id: 'discriminatory-insult',
    label: { fr: 'Injure publique discriminatoire', en: 'Discriminatory public insult' },
  },
  {
    id: 'discriminatory-defamation',
    label: { fr: 'Diffamation publique discriminatoire', en: 'Discriminatory public defamation' },
  },
  { id: 'apology-of-crimes', label: { fr: 'Apologie de crimes', en: 'Apology for crimes' } },
  {
    id: 'denial-of-crimes-against-humanity',
    label: { fr: 'Contestation de crimes contre l’humanité', en: 'Denial of crimes against humanity' },
  },
  {
    id: 'terrorism',
    label: { fr: 'Provocation au terrorisme ou apologie', en: 'Provocation to or apology for terrorism' },
  },
  { id: 'harassment', label: { fr: 'Cyberharcèlement', en: 'Online harassment' } },
  { id: 'threats', label: { fr: 'Menaces de mort ou de violence', en: 'Threats of death or violence' } },
  {
    id: 'child-sexual-content',
    label: { fr: 'Contenu sexuel impliquant des mineurs', en: 'Sexual content involving minors' },
  },
  { id: 'other-illegal', label: { fr: 'Autre contenu illicite', en: 'Other illegal content' } },
  {
    id: 'platform-rules',
    label: {
      fr: 'Contraire aux règles de la plateforme (non illicite)',
      en: 'Against the platform’s rules (not illegal)',
    },
  },
]);

export function categoryById(id: string | null): Category | null {
  return categories.find((c) => c.id === id) ?? null;
}
