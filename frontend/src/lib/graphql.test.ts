import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, request, type TypedDocument } from './graphql';

const Doc = 'query Thing($id: ID!) { thing(id: $id) { id } }' as unknown as TypedDocument<
  { thing: { id: string } | null },
  { id: string }
>;

function respond(body: unknown, init: ResponseInit = {}): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init })),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('request', () => {
  it('POSTs the operation same-origin with the session cookie and returns data', async () => {
    respond({ data: { thing: { id: '7' } } });
    await expect(request(Doc, { id: '7' })).resolves.toEqual({ thing: { id: '7' } });
    const [url, init] = vi.mocked(fetch).mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(new Headers(init!.headers).get('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(init!.body))).toEqual({ query: String(Doc), variables: { id: '7' } });
  });

  it('throws an ApiError carrying extensions.code', async () => {
    respond({ data: null, errors: [{ message: 'nope', extensions: { code: 'FORBIDDEN' } }] });
    const error = await request(Doc, { id: '1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'graphql', code: 'FORBIDDEN', message: 'nope' });
  });

  it('reports HTTP failures without a GraphQL body', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('Bad gateway', { status: 502 })));
    await expect(request(Doc, { id: '1' })).rejects.toMatchObject({ kind: 'http', status: 502 });
  });

  it('reports network failures', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(request(Doc, { id: '1' })).rejects.toMatchObject({ kind: 'network' });
  });
});
