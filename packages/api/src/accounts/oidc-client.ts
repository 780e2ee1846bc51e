import * as client from 'openid-client';
import { checkUscc } from '@huiqi/kernel';
import { isLoopbackHttp, type OidcSettings } from './oidc-settings';
import { OidcSignInError } from './oidc-failure';

/** Seconds a request to the identity service may take before it counts as down. */
const PROVIDER_TIMEOUT_SECONDS = 10;

export interface StartedSignIn {
  authorizationUrl: string;
  state: string;
  codeVerifier: string;
  nonce: string;
}

export interface ProviderIdentity {
  issuer: string;
  subject: string;
  uscc: string;
  name: string | null;
}

function unreachable(e: unknown): boolean {
  if (e instanceof OidcSignInError) return false;
  const err = e as { name?: string; code?: string; cause?: { code?: string } };
  return err?.name === 'TypeError' || err?.name === 'AbortError' || err?.name === 'TimeoutError'
    || (typeof err?.cause?.code === 'string' && /^E[A-Z]+/.test(err.cause.code))
    || (e instanceof client.ClientError && /fetch|timed out|aborted|unexpected HTTP response status code/i.test(e.message));
}

/**
 * The relying party (authorization code + PKCE, state and nonce). The identity service's
 * configuration is discovered on first use and kept; a failed discovery is tried again next time.
 */
export class OidcRelyingParty {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(readonly settings: OidcSettings) {}

  private discover(): Promise<client.Configuration> {
    if (!this.configuration) {
      const insecure = isLoopbackHttp(this.settings.issuer);
      this.configuration = client.discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        { redirect_uris: [this.settings.redirectUri], response_types: ['code'] },
        client.ClientSecretPost(this.settings.clientSecret),
        { timeout: PROVIDER_TIMEOUT_SECONDS, ...(insecure ? { execute: [client.allowInsecureRequests] } : {}) },
      ).catch((e: unknown) => {
        this.configuration = null;
        throw new OidcSignInError('PROVIDER_UNAVAILABLE', `discovery failed: ${e instanceof Error ? e.message : String(e)}`);
      });
    }
    return this.configuration;
  }

  async start(): Promise<StartedSignIn> {
    const config = await this.discover();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      scope: 'openid profile',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { authorizationUrl: url.href, state, codeVerifier, nonce };
  }

  /**
   * Exchanges the code (checking state, nonce and PKCE) and reads the identity: the subject, the
   * uscc claim (from the ID token, else from userinfo) with its check character verified, and the name.
   */
  async finish(query: string, checks: { state: string; codeVerifier: string; nonce: string }): Promise<ProviderIdentity> {
    const config = await this.discover();
    const currentUrl = new URL(this.settings.redirectUri);
    currentUrl.search = query;
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: checks.codeVerifier, expectedState: checks.state, expectedNonce: checks.nonce, idTokenExpected: true,
      });
    } catch (e) {
      if (e instanceof client.AuthorizationResponseError) throw new OidcSignInError('PROVIDER_REFUSED', `${e.error}: ${e.error_description ?? ''}`);
      if (unreachable(e)) throw new OidcSignInError('PROVIDER_UNAVAILABLE', e instanceof Error ? e.message : String(e));
      throw new OidcSignInError('TOKEN_INVALID', e instanceof Error ? e.message : String(e));
    }
    const claims = tokens.claims();
    if (!claims) throw new OidcSignInError('TOKEN_INVALID', 'no ID token');
    let raw: unknown = claims[this.settings.usccClaim];
    let name: unknown = claims.name;
    if (raw === undefined) {
      try {
        const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
        raw = info[this.settings.usccClaim];
        name ??= info.name;
      } catch (e) {
        if (unreachable(e)) throw new OidcSignInError('PROVIDER_UNAVAILABLE', e instanceof Error ? e.message : String(e));
        throw new OidcSignInError('TOKEN_INVALID', `userinfo: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (typeof raw !== 'string' || raw.trim() === '') throw new OidcSignInError('USCC_MISSING', `claim ${this.settings.usccClaim} absent`);
    const check = checkUscc(raw);
    if (!check.valid) throw new OidcSignInError('USCC_INVALID', check.reason?.en ?? 'invalid uscc');
    return { issuer: claims.iss, subject: claims.sub, uscc: raw.trim().toUpperCase(), name: typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 100) : null };
  }
}
