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

export type PriorityTheme = `priority:${PriorityId}`;
export type StatementTheme = `statement:${GoodCareStatementId}`;

/** The codebook in its three groups, as staff choose from it. */
export const PRIORITY_THEMES: readonly PriorityTheme[] = PRIORITY_IDS.map((id): PriorityTheme => `priority:${id}`);
export const STATEMENT_THEMES: readonly StatementTheme[] = STATEMENT_IDS.map((id): StatementTheme => `statement:${id}`);

/** What a theme names: a priority or a good-care statement (by its id), or nothing in the codebook ("other"). */
export function themeTarget(
  id: ThemeId,
): { group: 'priority'; id: PriorityId } | { group: 'statement'; id: GoodCareStatementId } | { group: 'other' } {
  if (id.startsWith('priority:')) return { group: 'priority', id: id.slice('priority:'.length) as PriorityId };
  if (id.startsWith('statement:')) return { group: 'statement', id: id.slice('statement:'.length) as GoodCareStatementId };
  return { group: 'other' };
}
