import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, TestServer } from '../../test/harness.js';

interface Entry {
  id: number;
  at: string;
  action: string;
  entityKey: string;
  actorId: string | null;
}
interface Problem {
  errors: { path: string; message: string }[];
}

describe.each(DATABASES)('audit log filters on %s', (kind) => {
  let server: TestServer;
  let admin: { id: string; cookie: string };
  beforeAll(async () => {
    server = await TestServer.start(kind);
    admin = await server.as('admin');
  });
  afterAll(() => server.close());

  const audit = <T = { items: Entry[] }>(query: string) =>
    server.request<T>('GET', `/api/v1/admin/audit?${query}`, { cookie: admin.cookie });

  /** Entries with chosen times, written straight into the table (the log itself only appends "now"). */
  const dated = async (entityKey: string, times: string[]) => {
    for (const at of times) {
      await server.db.auditEntry.create({
        data: { at: new Date(at), action: 'auth.logout', entityKind: 'user', entityKey, actorId: admin.id },
      });
    }
  };

  it('matches entityKey exactly, not as a prefix or substring', async () => {
    const user = await server.as('editor');
    await server.createUser('editor', `x${user.email}`);
    const res = await audit(`entityKey=${user.id}`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((e) => e.action).sort()).toEqual(['auth.login', 'user.create']);
    expect(res.body.items.every((e) => e.entityKey === user.id)).toBe(true);
    expect((await audit(`entityKey=${user.id.slice(0, 8)}`)).body.items).toEqual([]);
  });

  it('takes in the whole of the `to` day when from and to are dates, and both bounds are inclusive', async () => {
    await dated('dated-days', [
      '2020-02-29T23:59:59.999Z',
      '2020-03-01T00:00:00.000Z',
      '2020-03-02T23:59:59.999Z',
      '2020-03-03T00:00:00.000Z',
    ]);
    const res = await audit('entityKey=dated-days&from=2020-03-01&to=2020-03-02');
    expect(res.status).toBe(200);
    expect(res.body.items.map((e) => e.at)).toEqual(['2020-03-02T23:59:59.999Z', '2020-03-01T00:00:00.000Z']);
  });

  it('takes date-times with an offset as exact instants, alone or combined with a date', async () => {
    await dated('dated-instants', ['2021-06-10T08:00:00.000Z', '2021-06-10T12:00:00.000Z', '2021-06-11T09:00:00.000Z']);
    const from = await audit(`entityKey=dated-instants&from=${encodeURIComponent('2021-06-10T10:30:00+02:00')}`);
    expect(from.body.items.map((e) => e.at)).toEqual(['2021-06-11T09:00:00.000Z', '2021-06-10T12:00:00.000Z']);
    const both = await audit('entityKey=dated-instants&from=2021-06-10T08:00:00Z&to=2021-06-10');
    expect(both.body.items.map((e) => e.at)).toEqual(['2021-06-10T12:00:00.000Z', '2021-06-10T08:00:00.000Z']);
  });

  it('combines the date range with the person, action and the before cursor', async () => {
    await dated('dated-paged', ['2019-01-01T01:00:00Z', '2019-01-01T02:00:00Z', '2019-01-01T03:00:00Z']);
    const query = `entityKey=dated-paged&actorId=${admin.id}&action=auth.logout&from=2019-01-01&to=2019-01-01&limit=2`;
    const first = await audit(query);
    expect(first.body.items).toHaveLength(2);
    const last = first.body.items.at(-1);
    const rest = await audit(`${query}&before=${String(last?.id)}`);
    expect(rest.body.items.map((e) => e.at)).toEqual(['2019-01-01T01:00:00.000Z']);
    expect((await audit(`entityKey=dated-paged&actorId=someone-else`)).body.items).toEqual([]);
  });

  it.each([
    ['from=2020-03-05&to=2020-03-01', 'to'],
    ['from=yesterday', 'from'],
    ['to=2020-13-45', 'to'],
    ['from=2020-03-01T10:00:00', 'from'], // a date-time without an offset is ambiguous
    ['entityKey=', 'entityKey'],
  ])('answers 400 problem+json naming the field for %s', async (query, path) => {
    const res = await audit<Problem>(query);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e) => e.path)).toEqual([path]);
  });

  it('accepts a from equal to to (one day)', async () => {
    expect((await audit('from=2020-03-01&to=2020-03-01')).status).toBe(200);
  });
});
