import { describe, expect, it } from 'vitest';
import { registryInBrowser, seriousViolations } from '../support/browser.ts';

// The GraphQL IDE of development on /graphql in Chromium against the real registry: GraphiQL
// from the bundle, nothing from another origin, no CSP violation, and a query run [#10].
const suite = registryInBrowser();
/** axe's serious findings inside GraphiQL 4's own editors and tabs, not in anything of the registry's. */
const GRAPHIQL_OWN_VIOLATIONS = ['color-contrast', 'label', 'nested-interactive', 'scrollable-region-focusable'];

describe('the GraphQL IDE on /graphql in development [#10]', () => {
  it('should render GraphiQL from this origin under the strict CSP, read the schema and show the result of a query', async () => {
    const context = await suite.chrome.browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Violations are reported to the page as events; the listener is installed before any script of the page runs.
    await context.addInitScript({
      content: "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ': ' + e.blockedURI));",
    });
    const page = await context.newPage();
    const elsewhere: string[] = [];
    const consoleCsp: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(suite.origin) && !request.url().startsWith(suite.origin.replace(/^http/, 'ws'))) elsewhere.push(request.url());
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) consoleCsp.push(message.text());
    });
    const introspection = page.waitForResponse((r) => r.url() === suite.t.url && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('__schema'));

    const response = await page.goto(`${suite.origin}/graphql`);
    expect(response!.status()).toBe(200);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('.graphiql-container').waitFor();
    // The schema is read by introspection, which the cost limit allows in development.
    const schema = await introspection;
    expect(schema.status()).toBe(200);
    expect(JSON.parse(await schema.text())).toMatchObject({ data: { __schema: { queryType: { name: 'Query' } } } });

    await page.getByRole('button', { name: /Execute query/ }).click();
    const result = page.locator('.result-window');
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain('"__typename": "Query"');

    expect(elsewhere).toEqual([]);
    expect(await page.evaluate('window.__cspViolations')).toEqual([]);
    expect(consoleCsp).toEqual([]);
    // GraphiQL's own editor widgets (CodeMirror 5) have these, a developer's tool only (docs/web.md); nothing else may.
    const rules = (await seriousViolations(page)).map((v) => v.split(':')[0]!);
    expect(rules.filter((rule) => !GRAPHIQL_OWN_VIOLATIONS.includes(rule))).toEqual([]);
    await context.close();
  });
});
