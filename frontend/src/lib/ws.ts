import { createClient, type Client } from 'graphql-ws';
import { useSyncExternalStore } from 'react';
import { graphqlErrorFromEntries, GRAPHQL_ENDPOINT, type GraphQLErrorEntry, type TypedDocument } from './graphql';

export type LiveState = 'connecting' | 'connected' | 'disconnected';

interface LiveSnapshot {
  state: LiveState;
  /** True once a connection was ever acknowledged: lets the UI tell "first connect" from "reconnecting". */
  hasConnected: boolean;
}

let snapshot: LiveSnapshot = { state: 'connecting', hasConnected: false };
const stateListeners = new Set<() => void>();
const reconnectListeners = new Set<() => void>();

function setState(state: LiveState): void {
  const hasConnected = snapshot.hasConnected || state === 'connected';
  if (snapshot.state === state && snapshot.hasConnected === hasConnected) return;
  snapshot = { state, hasConnected };
  stateListeners.forEach((l) => l());
}

const MAX_BACKOFF_MS = 30_000;
const KEEPALIVE_MS = 15_000;
const PONG_TIMEOUT_MS = 5_000;

function wsUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${window.location.host}${GRAPHQL_ENDPOINT}`;
}

let client: Client | null = null;

function getClient(): Client {
  if (client) return client;
  let socket: WebSocket | null = null;
  let pongTimer: ReturnType<typeof setTimeout> | null = null;
  let connectedOnce = false;

  client = createClient({
    url: wsUrl,
    lazy: true,
    // The server restarts on upgrades: keep trying forever, backing off up to 30 s.
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) =>
      new Promise((resolve) => {
        const base = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** retries);
        setTimeout(resolve, base + Math.random() * 1000);
      }),
    keepAlive: KEEPALIVE_MS,
    connectionAckWaitTimeout: 10_000,
    on: {
      connecting: () => setState('connecting'),
      connected: (s) => {
        socket = s as WebSocket;
        setState('connected');
        if (connectedOnce) reconnectListeners.forEach((l) => l());
        connectedOnce = true;
      },
      closed: () => {
        socket = null;
        if (pongTimer) clearTimeout(pongTimer);
        setState('disconnected');
      },
      // A half-open connection never answers pings: close it so the retry logic kicks in.
      ping: (received) => {
        if (received) return;
        if (pongTimer) clearTimeout(pongTimer);
        pongTimer = setTimeout(() => {
          if (socket && socket.readyState === WebSocket.OPEN) socket.close(4408, 'Pong timeout');
        }, PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received && pongTimer) clearTimeout(pongTimer);
      },
    },
  });
  return client;
}

export interface SubscriptionHandlers<TResult> {
  next: (data: TResult) => void;
  /** Called when the subscription ends with an error (the caller may resubscribe). */
  error?: (error: unknown) => void;
  complete?: () => void;
}

/** Starts a typed subscription over the shared graphql-ws client; returns an unsubscribe function. */
export function subscribe<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  handlers: SubscriptionHandlers<TResult>,
): () => void {
  return getClient().subscribe<TResult>(
    { query: document.toString(), variables: (variables ?? {}) as Record<string, unknown> },
    {
      next: (result) => {
        if (result.errors && result.errors.length > 0) {
          handlers.error?.(graphqlErrorFromEntries(result.errors as GraphQLErrorEntry[]));
          return;
        }
        if (result.data) handlers.next(result.data as TResult);
      },
      error: (err) => handlers.error?.(err),
      complete: () => handlers.complete?.(),
    },
  );
}

/** Registers a callback run after the socket reconnects (not on the first connect). */
export function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => {
    reconnectListeners.delete(listener);
  };
}

function subscribeState(listener: () => void): () => void {
  stateListeners.add(listener);
  return () => {
    stateListeners.delete(listener);
  };
}

export function useLiveState(): LiveSnapshot {
  return useSyncExternalStore(
    subscribeState,
    () => snapshot,
    () => snapshot,
  );
}
