import * as z from 'zod/mini';

// zod/mini sets no locale of its own, so every issue would read "Invalid input". Core's messages
// (and the API's, which passes them on) are zod's English ones, as with the classic API: install
// English unless the application has already chosen a locale. Kept at the top level of a module
// whose exports are always used, so bundlers cannot drop it.
if (!z.config().localeError) z.config(z.locales.en());

/** Lower-case, hyphenated identifier used for treatments, conditions, criteria and cases. */
export const SlugSchema = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "physical-therapy"'),
    z.maxLength(80),
  );

export const IsoDateSchema = z.iso.date({ message: 'must be a date written YYYY-MM-DD' });

/** A source behind a piece of content or a criterion: a guideline section, a trial, a review. */
export const EvidenceSchema = z.strictObject({
  source: z.string().check(z.minLength(3), z.maxLength(300)),
  // Shown as a link: https: only, written out in full. z.url() alone admits any scheme the URL
  // parser knows, including javascript: and data:, which run or render content when followed.
  url: z.optional(
    z
      .url()
      .check(
        z.refine(
          (url) => /^https:\/\//i.test(url),
          'must be an https:// link (javascript:, data: and other schemes are refused)',
        ),
      ),
  ),
  note: z.optional(z.string().check(z.maxLength(1000))),
  /** When a specialist last checked that this source still supports the content (YYYY-MM-DD). */
  reviewed: z.optional(IsoDateSchema),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const APPROACHES = ['urgent-referral', 'conservative-first', 'combined', 'consider-interventional'] as const;
export const ApproachSchema = z.enum(APPROACHES);
export type Approach = z.infer<typeof ApproachSchema>;

export const TREATMENT_APPROACHES = ['conservative', 'interventional'] as const;
export const TreatmentApproachSchema = z.enum(TREATMENT_APPROACHES);
export type TreatmentApproach = z.infer<typeof TreatmentApproachSchema>;

export const OPTION_STATUSES = ['recommended', 'consider', 'caution', 'deferred', 'excluded', 'not-indicated'] as const;
export const OptionStatusSchema = z.enum(OPTION_STATUSES);
export type OptionStatus = z.infer<typeof OptionStatusSchema>;

export const URGENCY_LEVELS = ['emergency', 'urgent'] as const;
export const UrgencyLevelSchema = z.enum(URGENCY_LEVELS);
export type UrgencyLevel = z.infer<typeof UrgencyLevelSchema>;

export interface Issue {
  path: string;
  message: string;
}

/** Turns zod's issue paths into the dotted field paths we report everywhere ("conservativeCare.0.months"). */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map((p) => String(p)).join('.');
}

export function zodIssues(error: z.core.$ZodError): Issue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        message: `unknown field "${key}" is not allowed`,
      }));
    }
    return [{ path: formatPath(issue.path), message: issue.message }];
  });
}
