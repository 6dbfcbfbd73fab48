import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database';

/** PLACEHOLDER until this feature is built. */
export function registerQuotesRoutes(_app: FastifyInstance, _db: Db): void {}
