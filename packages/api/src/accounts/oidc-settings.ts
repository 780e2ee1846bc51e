/** The city's unified identity service (统一身份认证) as the server's environment configures it. */
export interface OidcSettings {
  /** Issuer URL; discovery reads `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the identity service sends the browser back: this server's `/api/auth/oidc/callback`. */
  redirectUri: string;
  /** The ID-token (or userinfo) claim that carries the enterprise's uscc, e.g. `uscc`. */
  usccClaim: string;
}

/** Plain http is accepted only on this machine (a test provider on loopback); anything else must be https. */
export function isLoopbackHttp(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
  } catch {
    return false;
  }
}
