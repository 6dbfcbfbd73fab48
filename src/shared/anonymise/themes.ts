/**
 * Theme counts drawn from free text: rows are groups, columns are themes, each cell the number of children in the
 * group whose words touched the theme. A group of fewer than 10 children is withheld (`mayReleaseFreeText`), and
 * the released groups then go through the same count suppression as every other table.
 */
import { mayReleaseFreeText, suppressTable } from './suppression';
import type { PublishedTable } from './table';

export interface ThemeCounts {
  readonly groupLabels: readonly string[];
  readonly themeLabels: readonly string[];
  /** Children in each group (a child can touch several themes, so this is not the row's sum). */
  readonly groupSizes: readonly number[];
  /** counts[group][theme]: children in the group touching the theme. */
  readonly counts: readonly (readonly number[])[];
}

export function themeCountTable(themes: ThemeCounts): PublishedTable {
  if (themes.groupSizes.length !== themes.groupLabels.length) {
    throw new RangeError('anonymise: one group size is needed for each group');
  }
  themes.counts.forEach((row, r) => {
    const size = themes.groupSizes[r] ?? 0;
    if (!Number.isSafeInteger(size) || size < 0) throw new RangeError('anonymise: group sizes must be whole numbers');
    if (row.some((count) => count > size)) throw new RangeError('anonymise: a theme count exceeds its group size');
  });
  return suppressTable(
    { rowLabels: themes.groupLabels, columnLabels: themes.themeLabels, counts: themes.counts },
    { withholdRows: themes.groupSizes.map((size) => !mayReleaseFreeText(size)) },
  );
}
