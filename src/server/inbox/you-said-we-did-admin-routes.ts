import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  BODY_MAX_LENGTH,
  THEMES_MAX,
  TITLE_MAX_LENGTH,
  type YouSaidWeDidAdminList,
  type YouSaidWeDidAdminRow,
  type YouSaidWeDidDraft,
  type YouSaidWeDidChanged,
  isPublishableMonth,
  isRealMonth,
} from '../../shared/inbox/you-said-we-did-wire';
import { type ThemeId, isThemeId } from '../../shared/themes/codebook';
import { recordAudit } from '../audit/audit-log';
import type { Db } from '../db/database';
import { requirePermission } from '../staff/auth';
import { toAdminRow } from './you-said-we-did-routes';

const BASE = '/api/v1/inbox/you-said-we-did';
const NOT_FOUND = 'There is no such response.';
const NO_NUL = 'Text cannot hold NUL characters.';

const text = (what: string, max: number) =>
  z
    .string({ error: `Give the ${what} as text.` })
    .refine((value) => !value.includes('\u0000'), NO_NUL)
    .transform((value) => value.trim())
    .refine((value) => value.length > 0, `Give the ${what}.`)
    .refine((value) => value.length <= max, `Keep the ${what} to ${max} characters or fewer.`);

const draftBody = z.strictObject(
  {
    title: text('title', TITLE_MAX_LENGTH),
    body: text('text', BODY_MAX_LENGTH),
    month: z
      .string({ error: 'Give the month as YYYY-MM.' })
      .refine(isRealMonth, 'Give a real month as YYYY-MM, say 2026-03.')
      .refine((month) => isPublishableMonth(month), 'The month cannot be after this month.'),
    themes: z
      .array(z.string().refine(isThemeId, 'One of the themes is not in the codebook.'), { error: 'Give the themes as a list.' })
      .max(THEMES_MAX, `Link at most ${THEMES_MAX} themes.`)
      .refine((themes) => new Set(themes).size === themes.length, 'Link each theme only once.'),
  },
  { error: 'Send {"title","body","month","themes"} and nothing else.' },
);

const params = z.object({ id: z.string().min(1).max(36) });

function parseDraft(body: unknown): { draft: YouSaidWeDidDraft } | { error: string } {
  const parsed = draftBody.safeParse(body);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'The response could not be read.' };
  return { draft: { ...parsed.data, themes: parsed.data.themes as ThemeId[] } };
}

function answer(reply: FastifyReply, response: YouSaidWeDidAdminRow, code = 200) {
  const changed: YouSaidWeDidChanged = { response };
  return reply.code(code).header('cache-control', 'no-store').send(changed);
}

/**
 * Staff write "You said, we did" responses as drafts and publish them to the young person's app.
 * Every change is audited by response id only: the words are staff's own and public once published,
 * but the audit log never holds text. Publishing what is already published (or the reverse) changes
 * nothing and writes no entry.
 */
export function registerYouSaidWeDidAdminRoutes(app: FastifyInstance, db: Db): void {
  const guard = requirePermission(db, 'you-said-we-did:manage');

  const findRow = (id: string) => db.selectFrom('you_said_we_did').selectAll().where('id', '=', id).executeTakeFirst();

  app.get(BASE, { preHandler: guard }, async (_request, reply) => {
    const rows = await db.selectFrom('you_said_we_did').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
    const list: YouSaidWeDidAdminList = { responses: rows.map(toAdminRow) };
    return reply.header('cache-control', 'no-store').send(list);
  });

  app.post(BASE, { preHandler: guard }, async (request, reply) => {
    const staff = request.staff;
    if (!staff) return reply.code(401).send({ error: 'Please sign in.' });
    const parsed = parseDraft(request.body);
    if ('error' in parsed) return reply.code(400).send({ error: parsed.error });
    const id = randomUUID();
    const at = new Date().toISOString();
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('you_said_we_did')
        .values({
          id,
          title: parsed.draft.title,
          body: parsed.draft.body,
          month: parsed.draft.month,
          themes: JSON.stringify(parsed.draft.themes),
          published_at: null,
          created_at: at,
          created_by: staff.id,
          updated_at: at,
        })
        .execute();
      await recordAudit(trx, { staffId: staff.id, action: 'you-said-we-did:create', itemId: id, detail: `themes=${parsed.draft.themes.length}` });
    });
    const row = await findRow(id);
    if (!row) throw new Error('The new response was not stored.');
    return answer(reply, toAdminRow(row), 201);
  });

  app.put(`${BASE}/:id`, { preHandler: guard }, async (request, reply) => {
    const staff = request.staff;
    if (!staff) return reply.code(401).send({ error: 'Please sign in.' });
    const id = params.safeParse(request.params);
    if (!id.success) return reply.code(404).send({ error: NOT_FOUND });
    const parsed = parseDraft(request.body);
    if ('error' in parsed) return reply.code(400).send({ error: parsed.error });
    const updated = await db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('you_said_we_did')
        .set({
          title: parsed.draft.title,
          body: parsed.draft.body,
          month: parsed.draft.month,
          themes: JSON.stringify(parsed.draft.themes),
          updated_at: new Date().toISOString(),
        })
        .where('id', '=', id.data.id)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
      await recordAudit(trx, { staffId: staff.id, action: 'you-said-we-did:update', itemId: id.data.id, detail: `themes=${parsed.draft.themes.length}` });
      return true;
    });
    const row = updated ? await findRow(id.data.id) : undefined;
    if (!row) return reply.code(404).send({ error: NOT_FOUND });
    return answer(reply, toAdminRow(row));
  });

  for (const change of ['publish', 'unpublish'] as const) {
    app.post(`${BASE}/:id/${change}`, { preHandler: guard }, async (request, reply) => {
      const staff = request.staff;
      if (!staff) return reply.code(401).send({ error: 'Please sign in.' });
      const id = params.safeParse(request.params);
      if (!id.success) return reply.code(404).send({ error: NOT_FOUND });
      const found = await db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom('you_said_we_did').select(['id', 'published_at']).where('id', '=', id.data.id).executeTakeFirst();
        if (!row) return false;
        const publishing = change === 'publish';
        if ((row.published_at !== null) === publishing) return true;
        const at = new Date().toISOString();
        await trx
          .updateTable('you_said_we_did')
          .set({ published_at: publishing ? at : null, updated_at: at })
          .where('id', '=', row.id)
          .execute();
        await recordAudit(trx, { staffId: staff.id, action: `you-said-we-did:${change}`, itemId: row.id });
        return true;
      });
      const row = found ? await findRow(id.data.id) : undefined;
      if (!row) return reply.code(404).send({ error: NOT_FOUND });
      return answer(reply, toAdminRow(row));
    });
  }
}
