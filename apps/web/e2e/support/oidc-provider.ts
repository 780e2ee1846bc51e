/**
 * A real OpenID Connect provider (the `oidc-provider` package) on loopback, standing in for the
 * city's unified identity service in browser tests. It listens at once (so its issuer URL can go
 * into the Huiqi server's environment) and starts answering when `configure(redirectUri)` names
 * the Huiqi server's callback. Its development login page accepts any password for the accounts
 * given (the login name is the subject); consent is granted for the one client, as for a portal
 * of the city itself.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface E2eOidcProvider {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Claims per login name (subject), e.g. `{ uscc, name }`. */
  readonly accounts: Map<string, Record<string, unknown>>;
  configure(redirectUri: string): Promise<void>;
  close(): Promise<void>;
}

interface ProviderLike {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  Grant: new (init: { clientId: string; accountId: string }) => { addOIDCScope(s: string): void; addOIDCClaims(c: string[]): void; save(): Promise<string> };
}

export async function startE2eOidcProvider(usccClaim = 'uscc'): Promise<E2eOidcProvider> {
  const accounts = new Map<string, Record<string, unknown>>();
  let handle: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server = createServer((req, res) => {
    if (handle) handle(req, res);
    else res.writeHead(503).end('not configured yet');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const issuer = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const clientId = 'huiqi-e2e';
  const clientSecret = 'huiqi-e2e-secret-0123456789abcdef';
  return {
    issuer, clientId, clientSecret, accounts,
    async configure(redirectUri) {
      const specifier = 'oidc-provider';
      const { default: Provider } = (await import(specifier)) as { default: new (issuer: string, config: unknown) => ProviderLike };
      const provider = new Provider(issuer, {
        clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_post' }],
        claims: { openid: ['sub'], profile: ['name', usccClaim] },
        conformIdTokenClaims: false,
        pkce: { required: () => true },
        features: { devInteractions: { enabled: true } },
        cookies: { keys: ['huiqi-e2e-cookie-key-0123456789'] },
        findAccount: (_ctx: unknown, sub: string) => {
          const claims = accounts.get(sub);
          return claims ? { accountId: sub, claims: () => ({ sub, ...claims }) } : undefined;
        },
        async loadExistingGrant(ctx: { oidc: { client: { clientId: string }; session: { accountId: string }; provider: ProviderLike } }) {
          const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
          grant.addOIDCScope('openid profile');
          grant.addOIDCClaims(['name', usccClaim]);
          await grant.save();
          return grant;
        },
      });
      handle = provider.callback();
    },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** The identity service's development login page: types the login name and any password, submits. */
export async function signInAtE2eProvider(page: import('playwright-core').Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any-password');
  await page.locator('button[type="submit"]').click();
}
