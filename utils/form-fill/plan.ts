import { z } from 'zod/mini';

// zod/mini: this is parsed inside the form's page, where the filler script should stay light.
// What the extension asks a form page to fill: crossed from the background into the form's tab, and
// parsed there. Fields are found by what a person reads (labels, legends, placeholders), never by ids.

const nonEmpty = z.string().check(z.minLength(1));

export const fieldSpecSchema = z.object({
  /** Stable name of the notice field (contentUrl, explanation, email…), for tests and the panel. */
  key: nonEmpty,
  /** What the panel calls the field, in the UI language. */
  label: nonEmpty,
  /**
   * Fragments of the form field's label, legend, aria-label, placeholder or name, in French and
   * English, lower case and without accents; the first field whose words contain one is taken.
   */
  labelHints: z.array(nonEmpty).check(z.minLength(1)),
  /** text: typed; choice: a select or radio group (option by value or text); check: a checkbox. */
  control: z.enum(['text', 'choice', 'check', 'file']),
  /** The text to type; for a choice, the preferred option's text; for a file, its bytes in base64. */
  value: z.string(),
  /** For a file: what the form receives as its name and type. */
  file: z.optional(z.object({ name: nonEmpty, mime: nonEmpty })),
  /** For a choice: fragments of the option's value or text, tried in order after `value`. */
  choiceHints: z.array(nonEmpty),
  /** Whether the form needs it: a required field left empty is highlighted for the person. */
  required: z.boolean(),
  /** The notifier's own statement (good faith): found and highlighted, never ticked by Constat. */
  leaveToUser: z.boolean(),
});
export type FieldSpec = z.infer<typeof fieldSpecSchema>;

/** One step of a platform's own report flow, shown to the person and highlighted when it appears. */
export const guideStepSchema = z.object({
  text: nonEmpty,
  /** Lower-case fragments that find the option when its wording differs. */
  hints: z.array(nonEmpty),
  verified: z.boolean(),
});
export type GuideStep = z.infer<typeof guideStepSchema>;

/** The panel's own words, in the notice's language: built by the background from the locales. */
export const panelStringsSchema = z.object({
  region: nonEmpty,
  neverSends: nonEmpty,
  copy: nonEmpty,
  copied: nonEmpty,
  copyFailed: nonEmpty,
  hide: nonEmpty,
  show: nonEmpty,
  close: nonEmpty,
  download: nonEmpty,
  filled: nonEmpty,
  shortened: nonEmpty,
  already: nonEmpty,
  'left-to-user': nonEmpty,
  'not-found': nonEmpty,
  'no-option': nonEmpty,
  'changed-by-user': nonEmpty,
  guideHeading: nonEmpty,
  unverified: nonEmpty,
  opening: nonEmpty,
  opened: nonEmpty,
  'no-post-url': nonEmpty,
  'post-not-found': nonEmpty,
  'menu-button-not-found': nonEmpty,
  'report-item-not-found': nonEmpty,
});
export type PanelStrings = z.infer<typeof panelStringsSchema>;

export const fillPlanSchema = z.object({
  channelId: nonEmpty,
  /** Shown as the panel's title: the channel's name. */
  title: nonEmpty,
  lang: z.enum(['fr', 'en']),
  strings: panelStringsSchema,
  fields: z.array(fieldSpecSchema),
  /**
   * In-product report flows: the post whose own "Report" menu to open (its permalink), and the
   * options to pick, in order. Null for web forms.
   */
  guide: z.nullable(
    z.object({
      postUrl: z.nullable(z.string()),
      steps: z.array(guideStepSchema),
      note: z.nullable(z.string()),
    }),
  ),
});
export type FillPlan = z.infer<typeof fillPlanSchema>;

/** What happened to one field. */
export const fieldOutcomeSchema = z.object({
  key: z.string(),
  status: z.enum([
    /** Constat wrote the value. */
    'filled',
    /** The form caps the field's length: Constat wrote what fits; the whole text is in the panel. */
    'shortened',
    /** The field already held the value (the platform's deep link, or an earlier step). */
    'already',
    /** The person's own statement, found and highlighted. */
    'left-to-user',
    /** No field in the form matches: the value is in the panel, with a copy button. */
    'not-found',
    /** The field exists but no option matches the value: the person picks it. */
    'no-option',
    /** The person changed what Constat wrote: never overwritten. */
    'changed-by-user',
  ]),
});
export type FieldOutcome = z.infer<typeof fieldOutcomeSchema>;
