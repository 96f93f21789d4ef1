/** Browser mode's HTTP surface, through Fastify's inject (no socket), against the real core. */
import { createHttpServer, SESSION_COOKIE } from '../../src-main/server/http';
import { contract } from '../../src-shared/contract';
import { testCore } from '../helpers/core';

async function setup() {
  const t = testCore();
  t.loadDemo();
  const app = await createHttpServer({ core: t.core });
  const post = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: `/api/${channel}`, headers: { host: '127.0.0.1:4380', 'content-type': 'application/json', ...headers }, payload: JSON.stringify(body) });
  return { t, app, post, async close() { await app.close(); t.close(); } };
}

test('GET /api lists every channel with its access and JSON Schema', async () => {
  const { app, close } = await setup();
  const res = await app.inject({ method: 'GET', url: '/api', headers: { host: 'localhost:4380' } });
  const { channels } = res.json() as { channels: { channel: string; access: string; input: { type?: string; anyOf?: unknown[] } }[] };
  expect(channels.map((c) => c.channel).sort()).toEqual(Object.keys(contract).sort());
  const create = channels.find((c) => c.channel === 'settings.vatRates.create')!;
  expect(create).toMatchObject({ access: 'settings.manage', input: { type: 'object', required: ['name', 'rateBasisPoints'] } });
  await close();
});

test('sign-in sets an httpOnly SameSite=strict cookie and returns a bearer token', async () => {
  const { post, close } = await setup();
  const res = await post('auth.signIn', { pin: '1111' });
  expect(res.statusCode).toBe(200);
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  const token = (res.json() as { data: { token: string } }).data.token;
  expect(cookie.value).toBe(token);

  const viaBearer = await post('auth.session', {}, { authorization: `Bearer ${token}` });
  expect(viaBearer.json()).toMatchObject({ ok: true, data: { name: 'Lena Schulz' } });
  const viaCookie = await post('auth.session', {}, { cookie: `${SESSION_COOKIE}=${token}` });
  expect(viaCookie.json()).toMatchObject({ ok: true, data: { name: 'Lena Schulz' } });
  await close();
});

test('errors carry fitting HTTP statuses', async () => {
  const { post, close } = await setup();
  expect((await post('settings.vatRates.list', {})).statusCode).toBe(401);
  expect((await post('settings.vatRates.list', { extra: 1 })).statusCode).toBe(400);
  expect((await post('nope.nothing', {})).statusCode).toBe(404);
  const token = (await post('auth.signIn', { pin: '1111' })).json().data.token as string;
  const forbidden = await post('settings.vatRates.create', { name: 'x', rateBasisPoints: 100 }, { authorization: `Bearer ${token}` });
  expect(forbidden.statusCode).toBe(403);
  expect(forbidden.json()).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } });
  for (let i = 0; i < 5; i++) await post('auth.signIn', { pin: '0000' });
  expect((await post('auth.signIn', { pin: '0000' })).statusCode).toBe(429);
  await close();
});

test('a body that is not JSON is a VALIDATION error, not a crash', async () => {
  const { app, close } = await setup();
  const res = await app.inject({ method: 'POST', url: '/api/auth.signIn', headers: { host: '127.0.0.1', 'content-type': 'application/json' }, payload: '{"pin": ' });
  expect(res.statusCode).toBe(400);
  expect(res.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  await close();
});

test('foreign hosts and cross-site origins are refused', async () => {
  const { post, close } = await setup();
  expect((await post('setup.status', {}, { host: 'evil.example' })).statusCode).toBe(403);
  expect((await post('setup.status', {}, { origin: 'http://evil.example' })).statusCode).toBe(403);
  expect((await post('setup.status', {}, { origin: 'http://127.0.0.1:4380' })).statusCode).toBe(200);
  await close();
});

test('responses carry the Content-Security-Policy', async () => {
  const { post, close } = await setup();
  expect((await post('setup.status', {})).headers['content-security-policy']).toContain("script-src 'self'");
  await close();
});

test('sign-out clears the cookie and ends the session', async () => {
  const { post, close } = await setup();
  const token = (await post('auth.signIn', { pin: '1111' })).json().data.token as string;
  const out = await post('auth.signOut', {}, { authorization: `Bearer ${token}` });
  expect(out.cookies.find((c) => c.name === SESSION_COOKIE)?.value).toBe('');
  expect((await post('auth.session', {}, { authorization: `Bearer ${token}` })).json()).toEqual({ ok: true, data: null });
  await close();
});
