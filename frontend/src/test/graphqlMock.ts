import { vi } from 'vitest';

type Variables = Record<string, unknown>;
/** Returns `data`, or a {@link gqlErrors} value to answer with `errors[]`. */
export type Handler = (variables: Variables) => unknown;

const ERRORS = Symbol('graphql errors');
interface ErrorsResult {
  [ERRORS]: Array<{ message: string; extensions: Record<string, unknown> }>;
}

/** An answer with one GraphQL error, e.g. gqlError('RATE_LIMITED', 'Slow down', { retryAfter: 42 }). */
export function gqlError(code: string, message: string, extensions: Record<string, unknown> = {}): ErrorsResult {
  return { [ERRORS]: [{ message, extensions: { code, ...extensions } }] };
}

export interface GraphQLMock {
  /** Replace or add handlers at any time (keyed by operation name). */
  handlers: Record<string, Handler>;
  calls: Array<{ operation: string; variables: Variables }>;
  callsTo: (operation: string) => Variables[];
}

/**
 * Stubs `fetch` with a tiny GraphQL server: each request is routed by its operation name
 * (`mutation StartPlexSignIn(...)` → handlers.StartPlexSignIn). Unknown operations fail the test loudly.
 */
export function mockGraphQL(initial: Record<string, Handler> = {}): GraphQLMock {
  const mock: GraphQLMock = {
    handlers: { ...initial },
    calls: [],
    callsTo: (operation) => mock.calls.filter((c) => c.operation === operation).map((c) => c.variables),
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string; variables: Variables };
      const operation = /\b(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '(anonymous)';
      mock.calls.push({ operation, variables: body.variables });
      const handler = mock.handlers[operation];
      if (!handler) throw new Error(`No GraphQL mock for ${operation}`);
      const result = await handler(body.variables);
      const payload =
        typeof result === 'object' && result !== null && ERRORS in result
          ? { data: null, errors: (result as ErrorsResult)[ERRORS] }
          : { data: result };
      return new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return mock;
}
