import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/**
 * What the pages load, all from our own origin (the vendor bundles come from node_modules, nothing from a CDN):
 * - Web Chat: its script, the Direct Line REST calls and WebSocket (`connect-src 'self'` covers ws/wss to the
 *   same host), photo previews as `blob:`/`data:` images, and the `<style>` elements its CSS-in-JS (emotion)
 *   writes at run time — the reason for `style-src 'unsafe-inline'`; scripts stay `'self'` only.
 * - Adaptive Cards: DOM built by script with inline `style` properties (CSSOM, allowed by 'self').
 * - Chart.js: canvas drawing; nothing beyond 'self'.
 */
const PAGE_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'media-src': ["'self'", 'blob:', 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'script-src-attr': ["'none'"],
  // Plain http on a developer's machine must keep working: https deployments send HSTS instead.
  'upgrade-insecure-requests': null,
};

export interface SecurityHeaderOptions {
  /**
   * Origins (e.g. `https://www.courier.example`) allowed to embed the customer chat page in a frame, besides
   * our own; every other page may not be framed at all.
   */
  chatFrameAncestors: readonly string[];
}

/**
 * Protective headers for every response (helmet): a CSP that allows exactly what our pages need, no framing
 * (except the chat page, by the origins the courier lists), `nosniff`, no referrer leaks, HSTS.
 */
export function securityHeaders(options: SecurityHeaderOptions): { everywhere: Middleware; chatPage: Middleware } {
  const everywhere = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { ...PAGE_DIRECTIVES, 'frame-ancestors': ["'none'"] } },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
  }) as Middleware;
  const framed = options.chatFrameAncestors.length > 0;
  const chatPage = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...PAGE_DIRECTIVES, 'frame-ancestors': ["'self'", ...options.chatFrameAncestors] },
    },
    // X-Frame-Options cannot name other origins; browsers that know frame-ancestors ignore it anyway.
    xFrameOptions: framed ? false : { action: 'sameorigin' },
    referrerPolicy: { policy: 'same-origin' },
  }) as Middleware;
  const withoutFrameOptions: Middleware = (req, res, next) => {
    res.removeHeader('X-Frame-Options');
    chatPage(req, res, next);
  };
  return { everywhere, chatPage: framed ? withoutFrameOptions : chatPage };
}

/** Pages and answers for signed-in agents and token holders: never kept by a browser or a proxy. */
export const noStore: Middleware = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Pragma', 'no-cache');
  next();
};
