import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/** Staff POSTs must carry this header (the CSRF guard); tests leave it out on purpose only. */
export const INBOX_HEADER = { 'x-your-say': 'inbox' } as const;

/** Over plain HTTP (as with inject) the session cookie has no __Host- prefix. */
export const SESSION_COOKIE = 'ys_session';

export const GOOD_PASSWORD = 'correct horse battery';

export function signIn(
  app: FastifyInstance,
  email: string,
  password: string,
  headers: Record<string, string> = INBOX_HEADER,
): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: '/api/v1/staff/sign-in', headers, payload: { email, password } });
}

export function setCookieHeaders(response: LightMyRequestResponse): string[] {
  const header = response.headers['set-cookie'];
  if (header === undefined) return [];
  return Array.isArray(header) ? header : [header];
}

/** The session cookie from a sign-in answer, as a `cookie` request header value. */
export function sessionCookieFrom(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie?.value) throw new Error(`No ${SESSION_COOKIE} cookie in: ${JSON.stringify(response.headers['set-cookie'])}`);
  return `${SESSION_COOKIE}=${cookie.value}`;
}

export async function signedInCookie(app: FastifyInstance, email: string, password = GOOD_PASSWORD): Promise<string> {
  const response = await signIn(app, email, password);
  if (response.statusCode !== 200) throw new Error(`Sign-in for ${email} answered ${response.statusCode}: ${response.body}`);
  return sessionCookieFrom(response);
}

export function getWithCookie(app: FastifyInstance, url: string, cookie?: string): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
}
