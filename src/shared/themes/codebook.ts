/**
 * The theme codebook for comments ("Tell us more", "Say something"): the plan's 7 priorities, the 14
 * "good care" statements, and "other". Theme ids are stable wire values; their names come from the
 * promise and statements namespaces, and the keywords that suggest them live in
 * locales/<lang>/theme-keywords.json.
 */
import { PRIORITY_IDS, type PriorityId } from '../content/promise';
import { type GoodCareStatementId, STATEMENT_IDS } from '../content/statements';

export const OTHER_THEME = 'other';

export type ThemeId = `priority:${PriorityId}` | `statement:${GoodCareStatementId}` | typeof OTHER_THEME;

export const THEME_IDS: readonly ThemeId[] = [
  ...PRIORITY_IDS.map((id): ThemeId => `priority:${id}`),
  ...STATEMENT_IDS.map((id): ThemeId => `statement:${id}`),
  OTHER_THEME,
];

export function isThemeId(value: string): value is ThemeId {
  return (THEME_IDS as readonly string[]).includes(value);
}
