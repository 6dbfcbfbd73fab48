import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../src/server/db/database';
import type { Dialect } from '../../../src/server/db/migrations';
import type { StaffRole } from '../../../src/shared/staff/roles';

/** What a fixture may use to set up its request: the app, its database and one signed-in member per role. */
export interface MatrixContext {
  app: FastifyInstance;
  db: Db;
  dialect: Dialect;
  staffIdOf(role: StaffRole): number;
}

export interface PreparedRequest {
  url: string;
  payload?: unknown;
}

/**
 * How to call one guarded route so that a role allowed to use it gets a 2xx answer. `prepare` runs once
 * per role (and once more for the no-session check), so a route that changes something gets a fresh
 * target each time. `route` and `method` must match the route as registered.
 */
export interface RouteFixture {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  route: string;
  prepare(ctx: MatrixContext, role: StaffRole): Promise<PreparedRequest> | PreparedRequest;
}
