import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Express } from 'express';
import { CONTENT_SECURITY_POLICY, GRAPHIQL_PAGE, secure, WEB_DIST } from './static-app.ts';

/**
 * The application's strict policy, with one addition: GraphiQL's stylesheet embeds its fonts
 * as data: URLs. A font runs no script; scripts stay 'self' only, with no inline script.
 */
export const GRAPHIQL_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("font-src 'self'", "font-src 'self' data:");

/**
 * The GraphQL IDE on GET /graphql, for a browser asking for HTML (development only: the
 * gateway does not mount it in production, where introspection is off too). GraphiQL is
 * bundled from npm into web/dist by the web build (a second Vite entry, web/graphiql.html),
 * so it works offline and under the same strict CSP as the application. A GET that carries
 * a `query`, or asks for JSON, is a GraphQL request and goes on to Apollo.
 */
export function mountGraphiql(app: Express, root: string = WEB_DIST): void {
  const page = path.join(root, GRAPHIQL_PAGE);
  app.get('/graphql', (req, res, next) => {
    if (req.query['query'] !== undefined || req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) !== 'text/html') return next();
    secure(res);
    res.setHeader('Content-Security-Policy', GRAPHIQL_CONTENT_SECURITY_POLICY);
    res.setHeader('Cache-Control', 'no-cache');
    if (!existsSync(page)) {
      res.status(503).type('text/plain').send('The GraphQL IDE is not built: run `npm start` (it builds web/) or `npm run build -w web`.\n');
      return;
    }
    res.sendFile(page);
  });
}
