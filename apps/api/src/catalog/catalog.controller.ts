import { Controller, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CatalogSchema } from '@painpath/core';
import { Public } from '../common/access.js';
import { Doc } from '../openapi/doc.decorator.js';
import { negotiateEncoding, type ContentCoding } from '../common/accept-encoding.js';
import { PlainGet } from '../public-routes/plain-route.decorator.js';
import { LiveCatalogService } from './live-catalog.service.js';

/** The server's preference among the representations it has, smallest first. */
const PREFERENCE: ContentCoding[] = ['br', 'gzip', 'identity'];

/** True when If-None-Match names this entity tag (or is *). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '');
    return t === '*' || t === etag;
  });
}

@Controller('catalog')
export class CatalogController {
  constructor(private readonly live: LiveCatalogService) {}

  // The hottest route (every patient visit, mostly 304): a plain Fastify route, see plain-routes.ts.
  @PlainGet('published')
  @Public()
  @Doc({
    summary:
      'The live published catalog, br or gzip by Accept-Encoding; ETag is its catalogHash (with -br or -gzip for the compressed bytes), If-None-Match gives 304',
    response: CatalogSchema,
    errors: [304],
    headers: [
      { name: 'If-None-Match', required: false, description: 'An ETag you hold; 304 when it is still current' },
      { name: 'Accept-Encoding', required: false, description: 'br and gzip are served pre-compressed' },
    ],
  })
  // Reads the headers from the request rather than through parameter decorators, so that no
  // argument goes through the validation pipe.
  published(@Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    const { number, representations } = this.live.current;
    const coding = negotiateEncoding(
      request.headers['accept-encoding'],
      PREFERENCE.filter((c) => representations[c]),
    );
    const { body, etag } = representations[coding] ?? representations.identity;
    void reply
      .header('etag', etag)
      .header('vary', 'accept-encoding')
      .header('cache-control', 'public, max-age=60, must-revalidate')
      .header('x-catalog-version', String(number));
    if (matches(request.headers['if-none-match'], etag)) {
      void reply.status(304).send();
      return;
    }
    if (coding !== 'identity') void reply.header('content-encoding', coding);
    void reply.header('content-type', 'application/json; charset=utf-8').send(body);
  }
}
