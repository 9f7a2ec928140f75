import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults: 30 s request timeout, no trusted proxy, 300 evaluations a minute', () => {
    const config = loadConfig({});
    expect(config.requestTimeoutMs).toBe(30_000);
    expect(config.trustProxy).toBe(false);
    expect(config.rateLimits.evaluate).toBe(300);
  });

  it('REQUEST_TIMEOUT_SECONDS and RATE_LIMIT_EVALUATE_PER_MINUTE', () => {
    const config = loadConfig({ REQUEST_TIMEOUT_SECONDS: '1.5', RATE_LIMIT_EVALUATE_PER_MINUTE: '20' });
    expect(config.requestTimeoutMs).toBe(1500);
    expect(config.rateLimits.evaluate).toBe(20);
    expect(() => loadConfig({ REQUEST_TIMEOUT_SECONDS: '0' })).toThrow(/REQUEST_TIMEOUT_SECONDS/);
  });

  it.each([
    ['false', false],
    ['', false],
    ['true', true],
    ['1', 1],
    ['2', 2],
    ['127.0.0.1', ['127.0.0.1']],
    ['10.0.0.0/8, 192.168.1.10 ,::1', ['10.0.0.0/8', '192.168.1.10', '::1']],
    ['loopback,uniquelocal', ['loopback', 'uniquelocal']],
  ])('TRUST_PROXY=%j is %j', (raw, expected) => {
    expect(loadConfig({ TRUST_PROXY: raw }).trustProxy).toEqual(expected);
  });

  it.each(['yes', 'proxy.example.org', '10.0.0.1;drop', '1.2.3.4,'])('TRUST_PROXY=%j is refused', (raw) => {
    expect(() => loadConfig({ TRUST_PROXY: raw })).toThrow(/TRUST_PROXY/);
  });
});
