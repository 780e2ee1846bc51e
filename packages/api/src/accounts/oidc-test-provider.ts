/**
 * Test support: a real OpenID Connect provider (the `oidc-provider` package) on loopback, standing
 * in for the city's unified identity service. Its development login form accepts any password for
 * the accounts given; consent is granted for the one client (first-party, as a city portal is).
 */
import { createServer, type Server } from 'node:http';

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Claims per subject (login name): e.g. { uscc, name }. */
  accounts: Map<string, Record<string, unknown>>;
  close(): Promise<void>;
}

interface ProviderLike {
  callback(): (req: unknown, res: unknown) => void;
  Grant: new (init: { clientId: string; accountId: string }) => GrantLike;
}
interface GrantLike { addOIDCScope(s: string): void; addOIDCClaims(c: string[]): void; save(): Promise<string> }

export async function startTestOidcProvider(options: { redirectUri: string; port?: number; usccClaim?: string }): Promise<TestOidcProvider> {
  const specifier = 'oidc-provider';
  const { default: Provider } = (await import(specifier)) as { default: new (issuer: string, config: unknown) => ProviderLike };
  const usccClaim = options.usccClaim ?? 'uscc';
  const accounts = new Map<string, Record<string, unknown>>();
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'huiqi-test';
  const clientSecret = 'huiqi-test-secret-0123456789abcdef';
  const provider = new Provider(issuer, {
    clients: [{
      client_id: clientId, client_secret: clientSecret, redirect_uris: [options.redirectUri],
      grant_types: ['authorization_code'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_post',
    }],
    claims: { openid: ['sub'], profile: ['name', usccClaim] },
    // Claims in the ID token itself (the relying party falls back to userinfo otherwise).
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['huiqi-test-cookie-key-0123456789'] },
    findAccount: (_ctx: unknown, sub: string) => {
      const claims = accounts.get(sub);
      return claims ? { accountId: sub, claims: () => ({ sub, ...claims }) } : undefined;
    },
    async loadExistingGrant(ctx: { oidc: { client: { clientId: string }; session: { accountId: string; grantIdFor(id: string): string | undefined }; provider: ProviderLike } }) {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid profile');
      grant.addOIDCClaims(['name', usccClaim]);
      await grant.save();
      return grant;
    },
  });
  server.on('request', provider.callback());
  return {
    issuer, clientId, clientSecret, accounts,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** A tiny cookie jar for driving the provider's pages with fetch (what a browser would do). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(res: Response): void {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/**
 * Plays the person at the identity service: from the authorization URL, through the login form
 * (`login` = the account's subject), to the redirect back; returns that redirect's URL.
 */
export async function signInAtProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new CookieJar();
  let url = authorizationUrl;
  for (let hop = 0; hop < 10; hop++) {
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.take(res);
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      const next = new URL(location, url);
      if (!next.pathname.startsWith('/auth') && !next.pathname.startsWith('/interaction')) return next;
      url = next.href;
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (res.status !== 200 || !action) throw new Error(`unexpected provider page ${res.status}: ${html.slice(0, 300)}`);
    const submit = await fetch(new URL(action, url), {
      method: 'POST', redirect: 'manual',
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString(),
    });
    jar.take(submit);
    const after = submit.headers.get('location');
    if (!after) throw new Error(`login form answered ${submit.status}`);
    url = new URL(after, url).href;
  }
  throw new Error('too many redirects at the provider');
}
