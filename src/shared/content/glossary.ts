/**
 * "Words explained": words a child or care leaver will hear from adults and cannot avoid.
 * Ids are stable; the words live in locales/<lang>/words.json as `<id>.term` and `<id>.meaning`.
 * words.json is the only child-facing namespace allowed to use care jargon (tests/plain-words).
 */
export const GLOSSARY_NAMESPACE = 'words';

export const GLOSSARY_IDS = [
  'social-worker',
  'advocate',
  'foster-carer',
  'childrens-home',
  'placement',
  'looked-after',
  'care-plan',
  'review-meeting',
  'iro',
  'pep',
  'virtual-school',
  'life-story',
  'camhs',
  'corporate-parent',
  'children-in-care-council',
  'leaving-care',
  'care-leaver',
  'personal-adviser',
  'pathway-plan',
  'staying-put',
] as const;

export type GlossaryId = (typeof GLOSSARY_IDS)[number];

export type GlossaryField = 'term' | 'meaning';

const glossaryIdSet: ReadonlySet<string> = new Set(GLOSSARY_IDS);

export function isGlossaryId(value: string): value is GlossaryId {
  return glossaryIdSet.has(value);
}

/** The i18next key for a word's term or meaning, for example `words:iro.meaning`. */
export function glossaryKey(id: GlossaryId, field: GlossaryField): `words:${GlossaryId}.${GlossaryField}` {
  return `words:${id}.${field}`;
}
