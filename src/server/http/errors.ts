import type { FastifyError, FastifyInstance } from 'fastify';
import { TOO_LARGE_MESSAGE } from '../sync/sync-routes';

/** Every failure answers JSON with a plain message; only our own faults are 5xx. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.code(413).send({ error: TOO_LARGE_MESSAGE });
    }
    if (status >= 400 && status < 500) {
      const message = error.code?.startsWith('FST_ERR_CTP') ? `The body could not be read: ${error.message}` : error.message;
      return reply.code(status).send({ error: message });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ error: 'Something went wrong on our side. Please try again soon.' });
  });
}
