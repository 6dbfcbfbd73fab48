/**
 * The council's promise (Southampton "Our Together Plan", seed 002): its STRUCTURE only.
 * The words live in locales/<lang>/promise.json; the statements in statements.json; the
 * explained words in words.json. Pure data and tiny helpers: imports nothing from app, inbox or server.
 *
 * promise.json layout (keys used by the `/promise` screen):
 *   title, intro
 *   headings.{youSaid, weWill, parent, words, rate}
 *   priorities.<PriorityId>.{title, youSaid: string[], weWill: string[]}
 *   parent.{intro, <ParentPointId>}
 */
import type { GlossaryId } from './glossary';
import { type GoodCareStatementId, LEAVING_CARE_IDS, type LeavingCareStatementId, type StatementId } from './statements';

/**
 * The leaving-care statements (`leaving-care-01` … `leaving-care-08` in statements.json) are DRAFTS,
 * written from seed 002 (Priority 7, statement 14) and seed 003 (transition to adulthood).
 * The Children in Care Council (and care leavers) must review the words before they are used with
 * young people; set this to false once they have. The good-care statements are the children's own.
 */
export const LEAVING_CARE_DRAFT = true;

export const PROMISE_NAMESPACE = 'promise';

/** The 7 priorities, in the plan's order. */
export const PRIORITY_IDS = [
  'safe-relationships',
  'identity',
  'opportunities',
  'healthy-life',
  'home',
  'do-it-together',
  'prepared-and-supported',
] as const;

export type PriorityId = (typeof PRIORITY_IDS)[number];

/** The 12 things children said a good council parent does, in the plan's order. */
export const PARENT_POINT_IDS = [
  'parent-01',
  'parent-02',
  'parent-03',
  'parent-04',
  'parent-05',
  'parent-06',
  'parent-07',
  'parent-08',
  'parent-09',
  'parent-10',
  'parent-11',
  'parent-12',
] as const;

export type ParentPointId = (typeof PARENT_POINT_IDS)[number];

export interface Priority {
  readonly id: PriorityId;
  /** Good-care statements (children in care) that show whether this promise is kept. */
  readonly goodCare: readonly GoodCareStatementId[];
  /** Leaving-care statements (care leavers) that show whether this promise is kept. */
  readonly leavingCare: readonly LeavingCareStatementId[];
  /** Words a young person may hear about this part of the promise, explained in words.json. */
  readonly words: readonly GlossaryId[];
}

export const PRIORITIES: readonly Priority[] = [
  {
    id: 'safe-relationships',
    goodCare: ['good-care-03', 'good-care-04', 'good-care-05', 'good-care-10', 'good-care-12'],
    leavingCare: ['leaving-care-01', 'leaving-care-06'],
    words: ['social-worker', 'foster-carer'],
  },
  {
    id: 'identity',
    goodCare: ['good-care-01', 'good-care-08', 'good-care-11', 'good-care-13'],
    leavingCare: [],
    words: ['life-story', 'looked-after', 'camhs'],
  },
  {
    id: 'opportunities',
    goodCare: ['good-care-06', 'good-care-07'],
    leavingCare: ['leaving-care-08'],
    words: ['pep', 'virtual-school'],
  },
  {
    id: 'healthy-life',
    goodCare: ['good-care-08', 'good-care-11'],
    leavingCare: [],
    words: ['camhs'],
  },
  {
    id: 'home',
    goodCare: ['good-care-09', 'good-care-12'],
    leavingCare: ['leaving-care-03'],
    words: ['foster-carer', 'childrens-home', 'placement', 'staying-put'],
  },
  {
    id: 'do-it-together',
    goodCare: ['good-care-02', 'good-care-04', 'good-care-13'],
    leavingCare: ['leaving-care-07'],
    words: ['advocate', 'care-plan', 'review-meeting', 'iro', 'children-in-care-council'],
  },
  {
    id: 'prepared-and-supported',
    goodCare: ['good-care-05', 'good-care-14'],
    leavingCare: LEAVING_CARE_IDS,
    words: ['leaving-care', 'care-leaver', 'personal-adviser', 'pathway-plan', 'staying-put'],
  },
];

/** The word that explains the "good council parent" section. */
export const PARENT_WORD: GlossaryId = 'corporate-parent';

export function priorityById(id: PriorityId): Priority {
  const found = PRIORITIES.find((priority) => priority.id === id);
  if (!found) throw new Error(`Unknown priority: ${id}`);
  return found;
}

/** Priorities a statement belongs to, in the plan's order. */
export function prioritiesForStatement(statementId: StatementId): PriorityId[] {
  return PRIORITIES.filter(
    (priority) =>
      (priority.goodCare as readonly string[]).includes(statementId) ||
      (priority.leavingCare as readonly string[]).includes(statementId),
  ).map((priority) => priority.id);
}

/** The i18next key of a priority's text, for example `promise:priorities.home.weWill`. */
export function priorityKey(
  id: PriorityId,
  field: 'title' | 'youSaid' | 'weWill',
): `promise:priorities.${PriorityId}.${'title' | 'youSaid' | 'weWill'}` {
  return `promise:priorities.${id}.${field}`;
}

/** The i18next key of a good-council-parent point, for example `promise:parent.parent-07`. */
export function parentPointKey(id: ParentPointId): `promise:parent.${ParentPointId}` {
  return `promise:parent.${id}`;
}
