import type { Catalog, Recommendation, Treatment, TreatmentOption } from '@painpath/core';

/** A Recommendation as the page shows it; a saved summary comes back without its trace. */
export type ShownRecommendation = Omit<Recommendation, 'trace'>;

/** One option with its catalog content; `treatment` is missing if the catalog no longer has it. */
export interface ShownOption {
  option: TreatmentOption;
  treatment: Treatment | undefined;
  name: string;
}

export function treatmentsBySlug(catalog: Catalog): Map<string, Treatment> {
  return new Map(catalog.treatments.map((treatment) => [treatment.slug, treatment]));
}

export function shownOptions(
  recommendation: ShownRecommendation,
  treatments: ReadonlyMap<string, Treatment>,
): ShownOption[] {
  return recommendation.options.map((option) => {
    const treatment = treatments.get(option.treatment);
    return { option, treatment, name: treatment?.name ?? option.treatment };
  });
}
