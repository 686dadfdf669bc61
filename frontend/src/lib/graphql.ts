import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** One entry of a GraphQL response's `errors[]`. */
export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string } & Record<string, unknown>;
}

export interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: GraphQLErrorEntry[];
}

/**
 * Everything that can go wrong talking to the API, normalised:
 * - `graphql`: the server answered with `errors[]` (code from `extensions.code`)
 * - `http`: a non-2xx answer without a usable GraphQL body
 * - `network`: the request never got an answer (server down, offline)
 */
export class ApiError extends Error {
  readonly kind: 'graphql' | 'http' | 'network';
  readonly code: string | null;
  readonly status: number | null;
  readonly errors: GraphQLErrorEntry[];

  constructor(
    message: string,
    opts: {
      kind: 'graphql' | 'http' | 'network';
      code?: string | null;
      status?: number | null;
      errors?: GraphQLErrorEntry[];
      cause?: unknown;
    },
  ) {
    super(message, { cause: opts.cause });
    this.name = 'ApiError';
    this.kind = opts.kind;
    this.code = opts.code ?? null;
    this.status = opts.status ?? null;
    this.errors = opts.errors ?? [];
  }
}

/** A codegen document (client-preset, `documentMode: 'string'`): a string carrying its result/variable types. */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
};

/** Variables are optional when the operation declares none. */
type VariablesArg<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

export const GRAPHQL_ENDPOINT = '/graphql';

export function graphqlErrorFromEntries(errors: GraphQLErrorEntry[], status: number | null = null): ApiError {
  const first = errors[0];
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : null;
  return new ApiError(first?.message ?? 'Unknown GraphQL error', { kind: 'graphql', code, status, errors });
}

/**
 * POST a typed operation to the same-origin `/graphql` endpoint with the session cookie.
 * Resolves with `data`; rejects with an {@link ApiError}.
 */
export async function request<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  ...args: [...VariablesArg<TVariables>, options?: { signal?: AbortSignal }]
): Promise<TResult> {
  const [variables, options] = args as unknown as [TVariables | undefined, { signal?: AbortSignal } | undefined];
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal: options?.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError('Network request failed', { kind: 'network', cause });
  }

  let body: GraphQLResponse<TResult> | null = null;
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('json')) {
    try {
      body = (await response.json()) as GraphQLResponse<TResult>;
    } catch (cause) {
      throw new ApiError('Invalid JSON in response', { kind: 'http', status: response.status, cause });
    }
  }

  if (body?.errors && body.errors.length > 0) {
    throw graphqlErrorFromEntries(body.errors, response.status);
  }
  if (!response.ok) {
    throw new ApiError(`HTTP ${response.status}`, { kind: 'http', status: response.status });
  }
  if (!body || body.data === undefined || body.data === null) {
    throw new ApiError('Response had no data', { kind: 'http', status: response.status });
  }
  return body.data;
}
