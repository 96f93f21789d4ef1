/**
 * Browser mode: the same core over HTTP on loopback. Every channel is POST /api/<channel> with a
 * JSON body, answering the registry's envelope with a fitting status; GET /api lists the channels
 * with their JSON Schemas; GET /api/events streams `changed` events. Sign-in sets an httpOnly,
 * SameSite=strict cookie and also returns the token for `Authorization: Bearer`.
 */
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { z } from '../../src-shared/zod-setup';
import { contract } from '../../src-shared/contract';
import { CONTENT_SECURITY_POLICY } from '../../src-shared/csp';
import { HTTP_STATUS, type Envelope } from '../../src-shared/errors';
import type { Core } from '../core/core';

export const SESSION_COOKIE = 'kontor_session';

export interface HttpOptions {
  core: Core;
  /** The built renderer (index.html and assets); omitted in API-only tests. */
  staticDir?: string | null;
  logger?: boolean;
}

function tokenOf(request: FastifyRequest): string | null {
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || null;
  return request.cookies[SESSION_COOKIE] ?? null;
}

/** Loopback only: refuses other Host headers (DNS rebinding) and foreign Origins (CSRF). */
function isLocalHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.replace(/:\d+$/, '');
  return name === '127.0.0.1' || name === 'localhost' || name === '[::1]';
}

function send(reply: FastifyReply, envelope: Envelope<unknown>) {
  return reply.code(envelope.ok ? 200 : HTTP_STATUS[envelope.error.code]).send(envelope);
}

export function channelCatalogue() {
  return Object.entries(contract).map(([name, def]) => ({
    channel: name,
    access: def.access,
    changes: def.changes,
    input: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }),
  }));
}

export async function createHttpServer({ core, staticDir, logger = false }: HttpOptions) {
  const app = Fastify({ logger, bodyLimit: 1024 * 1024 });
  await app.register(fastifyCookie);

  app.addHook('onRequest', async (request, reply) => {
    if (!isLocalHost(request.headers.host)) {
      return reply.code(403).send({ ok: false, error: { code: 'FORBIDDEN', message: 'Kontor answers on this computer only.' } });
    }
    const origin = request.headers.origin;
    if (origin && origin !== `http://${request.headers.host}`) {
      return reply.code(403).send({ ok: false, error: { code: 'FORBIDDEN', message: 'Cross-site requests are refused.' } });
    }
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
  });

  app.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
    const status = error.statusCode ?? 500;
    if (status < 500) return reply.code(400).send({ ok: false, error: { code: 'VALIDATION', message: `The request is not valid: ${error.message}` } });
    console.error('[kontor] http error', error);
    return reply.code(500).send({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong.' } });
  });

  app.get('/api', async () => ({ channels: channelCatalogue() }));

  app.post<{ Params: { channel: string } }>('/api/:channel', async (request, reply) => {
    const { channel } = request.params;
    const envelope = await core.invokeAsync(channel, request.body ?? {}, { token: tokenOf(request) });
    if (envelope.ok && channel === 'auth.signIn') {
      const { token, session } = envelope.data as { token: string; session: { expiresAt: string } };
      reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/', expires: new Date(session.expiresAt) });
    }
    if (channel === 'auth.signOut') reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return send(reply, envelope);
  });

  app.get('/api/events', (request, reply) => {
    const session = core.invoke('auth.session', {}, { token: tokenOf(request) });
    if (!session.ok || session.data === null) {
      return send(reply, { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Please sign in.' } });
    }
    reply.hijack();
    reply.raw.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
    reply.raw.write(': connected\n\n');
    const unsubscribe = core.onChanged((topics) => reply.raw.write(`event: changed\ndata: ${JSON.stringify({ topics })}\n\n`));
    const keepAlive = setInterval(() => reply.raw.write(': keep-alive\n\n'), 25_000);
    request.raw.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  });

  if (staticDir && fs.existsSync(path.join(staticDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: staticDir, index: 'index.html' });
  } else {
    app.get('/', async (_request, reply) =>
      reply.type('text/plain').send('Kontor API is running; the screens are not built. Run `npm run build`.'));
  }
  return app;
}
