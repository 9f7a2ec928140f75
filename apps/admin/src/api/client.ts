import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@painpath/api/openapi';

/** A problem+json answer of the API: `errors` holds the field paths of invalid input. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
  [key: string]: unknown;
}

/** Thrown for every non-2xx answer, so TanStack Query sees an error with the problem attached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }
}

type Listener = () => void;
const sessionExpiredListeners = new Set<Listener>();

/** Called when any request answers 401 while signed in: the app asks to sign in again in place. */
export function onSessionExpired(listener: Listener): () => void {
  sessionExpiredListeners.add(listener);
  return () => sessionExpiredListeners.delete(listener);
}

const reportExpiredSession: Middleware = {
  onResponse({ response, request }) {
    const isAuthCall = new URL(request.url).pathname.startsWith('/api/v1/auth/');
    if (response.status === 401 && !isAuthCall) for (const listener of sessionExpiredListeners) listener();
    return response;
  },
};

/** The typed client of the API: its types are generated from apps/api/openapi.json into apps/api/openapi.d.ts. */
export const api = createClient<paths>({ baseUrl: '/', credentials: 'same-origin' });
api.use(reportExpiredSession);

/**
 * Unwraps an openapi-fetch result: the data, or an ApiError carrying the problem. The response
 * is returned too, for headers such as ETag.
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<{ data: T; response: Response }> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) {
    const problem = (error && typeof error === 'object' ? error : {}) as Partial<Problem>;
    throw new ApiError(response.status, {
      title: problem.title ?? response.statusText,
      status: response.status,
      ...problem,
    });
  }
  return { data, response };
}
