import { z } from 'zod';
import { platformIdSchema } from '../platform-id';
import { groundIdSchema } from '../taxonomy/grounds';
import { logStatusSchema } from './row';

// What the log's list shows: filters combined with "and", a search, an order. It travels in the
// page's address (`log.html#/list?platform=x&q=…`) so a filtered view can be bookmarked and
// reopened; the address is typed by anyone, so it is parsed and anything malformed is dropped.

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const logFilterSchema = z.object({
  platform: platformIdSchema.optional(),
  /** A category id, or 'none' for reports without one. */
  category: z.string().min(1).max(200).optional(),
  ground: groundIdSchema.optional(),
  status: logStatusSchema.optional(),
  due: z.enum(['due', 'not-due']).optional(),
  /** Local calendar days, both included. */
  from: day.optional(),
  to: day.optional(),
  /** An account's key (see row.ts). */
  author: z.string().min(1).max(1200).optional(),
  q: z.string().max(500).optional(),
  order: z.enum(['newest', 'oldest']).optional(),
});
export type LogFilter = z.infer<typeof logFilterSchema>;

/** The filter read from a query string; each malformed field is dropped, the others kept. */
export function filterFromParams(params: URLSearchParams): LogFilter {
  const filter: Record<string, string> = {};
  for (const key of Object.keys(logFilterSchema.shape) as (keyof LogFilter)[]) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (logFilterSchema.shape[key].safeParse(value).success) filter[key] = value;
  }
  return logFilterSchema.parse(filter);
}

/** The query string of a filter, its fields in a fixed order, empty ones left out. */
export function filterToParams(filter: LogFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(logFilterSchema.shape) as (keyof LogFilter)[]) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** The first instant of a local day, and the first instant after another, as stored (ISO, UTC). */
export function dayStart(value: string): string {
  return new Date(`${value}T00:00:00`).toISOString();
}

export function dayEnd(value: string): string {
  const start = new Date(`${value}T00:00:00`);
  start.setDate(start.getDate() + 1);
  return start.toISOString();
}
