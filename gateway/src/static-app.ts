import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import express, { type Express, type Response } from 'express';

/** Where `scripts/web-bundle.ts` builds the web application. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/**
 * Strict: only the origin's own files run; no inline script or style element, no eval, no
 * plugin, no framing. `connect-src 'self'` covers same-origin graphql-ws in CSP 3
 * browsers; the explicit ws:/wss: of the host is not needed. `'wasm-unsafe-eval'` lets
 * the image viewer's decode worker compile the DICOM codecs (WebAssembly served from this
 * origin, application/wasm); it permits no JavaScript eval.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The IDE's page in the bundle (web/graphiql.html, a second Vite entry). */
export const GRAPHIQL_PAGE = 'graphiql.html';

/** Paths the API owns: never answered with the application's index.html. */
const API_PREFIXES = ['/graphql', '/auth/', '/dicomweb', '/reports/', '/healthz', '/readyz', '/assets/'];

/** The security headers of every page and file the gateway serves from the bundle. */
export function secure(res: Response): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

/**
 * Serves the built web application at `/`: hashed files under assets/ cached for a year,
 * index.html revalidated on every load (so a new build is picked up at once), and every
 * other GET that asks for HTML answered with index.html (the client's routes). Mount it
 * after the API's routes. Without a bundle, `/` says how to build one.
 */
export function mountWebApp(app: Express, root: string = WEB_DIST): void {
  const index = path.join(root, 'index.html');
  // gzip for the bundle (about a third of its size); only requests the API's routes left reach here.
  app.use(compression());
  const files = express.static(root, {
    index: false,
    dotfiles: 'ignore',
    setHeaders(res, file) {
      secure(res);
      const hashed = path.relative(root, file).startsWith(`assets${path.sep}`);
      res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  // The IDE's page is served on GET /graphql in development only (graphiql-page.ts), never as a file.
  app.use((req, res, next) => (req.path === `/${GRAPHIQL_PAGE}` ? next() : files(req, res, next)));
  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PREFIXES.some((p) => req.path.startsWith(p)) || !req.accepts('html')) return next();
    secure(res);
    res.setHeader('Cache-Control', 'no-cache');
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The web application is not built: run `npm start` (it builds web/) or `npm run build -w web`.\n');
      return;
    }
    res.sendFile(index);
  });
}
