/** The content codings the API serves pre-compressed bodies in, besides identity (none). */
export type ContentCoding = 'br' | 'gzip' | 'identity';

/**
 * Picks the coding to answer with from an Accept-Encoding header (RFC 9110 section 12.5.3):
 * the acceptable one with the highest q-value, ties going to the order of `offered` (the
 * server's preference, smallest first). `*` stands for any coding not listed; identity is
 * acceptable unless refused (`identity;q=0`, or `*;q=0` without identity listed), and when not
 * listed it ranks with the least wanted coding the client did list. Without the
 * header the answer is identity. When nothing offered is acceptable, identity is sent anyway
 * (the RFC allows ignoring the header rather than answering 415).
 */
export function negotiateEncoding(header: string | undefined, offered: readonly ContentCoding[]): ContentCoding {
  if (header === undefined || header.trim() === '') return 'identity';
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [rawName = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    if (!rawName) continue;
    const name = rawName === 'x-gzip' ? 'gzip' : rawName;
    const qParam = params.find((p) => /^q\s*=/.test(p));
    const q = qParam === undefined ? 1 : Number(qParam.replace(/^q\s*=\s*/, ''));
    if (!Number.isFinite(q) || q < 0 || q > 1) continue;
    weights.set(name, Math.max(weights.get(name) ?? 0, q));
  }
  // Identity, when not listed, ranks below every coding the client did list (as the
  // `negotiator` package has it): "gzip;q=0.2" still means gzip rather than nothing.
  const listed = [...weights.values()].filter((q) => q > 0);
  const implicitIdentity = listed.length ? Math.min(...listed) : 1;
  const weightOf = (coding: ContentCoding): number =>
    weights.get(coding) ?? weights.get('*') ?? (coding === 'identity' ? implicitIdentity : 0);
  let best: ContentCoding = 'identity';
  let bestWeight = 0;
  for (const coding of offered) {
    const weight = weightOf(coding);
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}
