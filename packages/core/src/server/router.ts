import type { IncomingMessage, ServerResponse } from 'node:http';

/** Who may call a route: anyone (CORS-checked), or a receiving service with its token. */
export type RouteAccess = 'public' | 'service';

/** What a route handler gets. */
export interface RouteContext {
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  /** Path parameters, decoded (`/services/:serviceId` → `{ serviceId }`). */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** The authenticated service, on `service` routes (already checked against a `:serviceId` parameter). */
  readonly service?: { readonly serviceId: string; readonly tokenId: string };
}

/** One route of the receiver. Other modules (drafts, receipts…) add theirs through `routes`. */
export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path with `:name` segments, e.g. `/services/:serviceId/inbox/:submissionId`. */
  readonly path: string;
  readonly access: RouteAccess;
  handle(context: RouteContext): void | Promise<void>;
}

/** What a request's path and method matched. */
export type RouteMatch =
  | { readonly kind: 'found'; readonly route: Route; readonly params: Record<string, string> }
  | { readonly kind: 'method-not-allowed'; readonly allow: string }
  | { readonly kind: 'not-found' };

/** Matches paths to routes; a path that matches but not with this method answers 405 with `Allow`. */
export function createRouter(routes: readonly Route[]): { match(method: string, path: string): RouteMatch; readonly routes: readonly Route[] } {
  const compiled = routes.map((route) => ({ route, segments: route.path.split('/').slice(1) }));
  return {
    routes,
    match(method, path) {
      const parts = path.split('/').slice(1);
      const allowed: string[] = [];
      for (const { route, segments } of compiled) {
        const params = matchSegments(segments, parts);
        if (!params) continue;
        if (route.method === method) return { kind: 'found', route, params };
        allowed.push(route.method);
      }
      return allowed.length ? { kind: 'method-not-allowed', allow: [...new Set(allowed)].join(', ') } : { kind: 'not-found' };
    },
  };
}

function matchSegments(segments: readonly string[], parts: readonly string[]): Record<string, string> | undefined {
  if (segments.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of segments.entries()) {
    const part = parts[i]!;
    if (segment.startsWith(':')) {
      if (part === '') return undefined;
      try {
        params[segment.slice(1)] = decodeURIComponent(part);
      } catch {
        return undefined;
      }
    } else if (segment !== part) {
      return undefined;
    }
  }
  return params;
}
