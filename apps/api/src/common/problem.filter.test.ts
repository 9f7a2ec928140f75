import type { FastifyReply } from 'fastify';
import { describe, expect, it } from 'vitest';
import { sendProblem } from './problem.filter.js';

/** Just enough of a reply to see what sendProblem writes. */
function fakeReply() {
  const sent: { status?: number; headers: Record<string, string>; body?: unknown } = { headers: {} };
  const reply = {
    status(code: number) {
      sent.status = code;
      return reply;
    },
    header(name: string, value: string) {
      sent.headers[name] = value;
      return reply;
    },
    send(body: string) {
      sent.body = JSON.parse(body);
      return reply;
    },
  };
  return { reply: reply as unknown as FastifyReply, sent };
}

describe('sendProblem', () => {
  it('gives every 422 an errors list, empty when there is nothing to list', () => {
    const { reply, sent } = fakeReply();
    sendProblem(reply, 'publish-refused', 'Nothing to publish', { failingCases: [] });
    expect(sent.status).toBe(422);
    expect(sent.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(sent.body).toEqual({
      type: 'urn:painpath:problem:publish-refused',
      title: 'The draft cannot be published',
      status: 422,
      detail: 'Nothing to publish',
      failingCases: [],
      errors: [],
    });
  });

  it('folds a list passed as issues into errors, each entry exactly { path, message }', () => {
    const { reply, sent } = fakeReply();
    sendProblem(reply, 'publish-refused', 'Refused', {
      issues: [{ path: 'criteria.0.when', message: 'unknown fact', severity: 'error' }],
      errors: [{ path: '', message: 'at the root' }],
    });
    expect(sent.body).toMatchObject({
      errors: [
        { path: '(root)', message: 'at the root' },
        { path: 'criteria.0.when', message: 'unknown fact' },
      ],
    });
    expect(sent.body).not.toHaveProperty('issues');
  });

  it('leaves errors out of a problem that has none to list', () => {
    const { reply, sent } = fakeReply();
    sendProblem(reply, 'not-found', 'No such thing');
    expect(sent.body).not.toHaveProperty('errors');
  });
});
