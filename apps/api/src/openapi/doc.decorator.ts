import { SetMetadata } from '@nestjs/common';
import type { z } from 'zod';

export const DOC_KEY = 'painpath:doc';

export interface DocOptions {
  summary: string;
  /** Longer text for the operation (markdown), e.g. how its body relates to another route's answer. */
  description?: string;
  /** Schema of the success body; omitted for empty or non-JSON answers. */
  response?: z.core.$ZodType;
  /** Success status, when not the method's default. */
  status?: number;
  /** Error statuses this route can answer with besides the ones every route can. */
  errors?: number[];
  /** Request headers the route reads, e.g. If-Match. */
  headers?: { name: string; required: boolean; description: string }[];
}

/** Describes a route for the generated OpenAPI document (request schemas come from the parameter decorators). */
export const Doc = (options: DocOptions) => SetMetadata(DOC_KEY, options);
