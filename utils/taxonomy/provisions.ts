import { z } from 'zod';
import { type Provision, type ProvisionId, provisionSchema } from './provision-schema';
import { penalProvisions } from './provisions-penal';
import { pressProvisions } from './provisions-press';

// All provisions, parsed once when the module loads: a malformed entry fails loudly here, not in a notice.
export const provisions: readonly Provision[] = z
  .array(provisionSchema)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    for (const provision of list) {
      if (seen.has(provision.id))
        ctx.addIssue({ code: 'custom', message: `Duplicate provision ${provision.id}` });
      seen.add(provision.id);
    }
  })
  .parse([...pressProvisions, ...penalProvisions]);

export function provisionById(id: ProvisionId): Provision {
  const provision = provisions.find((p) => p.id === id);
  // Every id of the enum has an entry (a test checks it); this guards a future edit that drops one.
  if (!provision) throw new Error(`Unknown provision ${id}`);
  return provision;
}
