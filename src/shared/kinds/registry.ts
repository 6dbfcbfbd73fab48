import { z } from 'zod/mini';
import { advocateRequestPayload } from './advocate-request';
import { ratingPayload } from './rating';
import { saySomethingPayload, talkRequestPayload } from './say-something';

/**
 * Every kind of thing a child can send, with the schema its payload must meet.
 * The sync envelope never looks inside a payload; only this table does.
 */
export const KIND_SCHEMAS = {
  rating: ratingPayload,
  'advocate-request': advocateRequestPayload,
  'say-something': saySomethingPayload,
  'talk-request': talkRequestPayload,
} as const;

export type Kind = keyof typeof KIND_SCHEMAS;
export type PayloadOf<K extends Kind> = z.infer<(typeof KIND_SCHEMAS)[K]>;

/** One thing a child sends, typed by its kind: the same shape on the screen, in the outbox and on the wire. */
export type KindedPayload = { [K in Kind]: { kind: K; payload: PayloadOf<K> } }[Kind];

export function isKnownKind(kind: string): kind is Kind {
  return Object.hasOwn(KIND_SCHEMAS, kind);
}

export type PayloadCheck = { ok: true; payload: unknown } | { ok: false; reason: string };

export function checkPayload(kind: string, payload: unknown): PayloadCheck {
  if (!isKnownKind(kind)) return { ok: false, reason: `Unknown kind "${kind.slice(0, 40)}".` };
  const parsed = KIND_SCHEMAS[kind].safeParse(payload);
  if (parsed.success) return { ok: true, payload: parsed.data };
  return { ok: false, reason: describeIssues(parsed.error.issues) };
}

interface Issue {
  code?: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  format?: string;
  keys?: string[];
  maximum?: number | bigint;
}

// zod/mini ships without message texts (to keep the app small), so reasons are written from issue codes.
function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field ${(issue.keys ?? []).join(', ')}`;
    case 'invalid_type':
      return `expected ${issue.expected ?? 'another type'}`;
    case 'invalid_value':
      return 'not one of the allowed values';
    case 'invalid_format':
      return `not a valid ${issue.format ?? 'value'}`;
    case 'too_big':
      return `too long (at most ${String(issue.maximum)})`;
    case 'too_small':
      return 'too short';
    default:
      return issue.message;
  }
}

export function describeIssues(issues: readonly Issue[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const where = issue.path.map(String).join('.');
      return where ? `${where}: ${describeIssue(issue)}` : describeIssue(issue);
    })
    .join('; ');
}
