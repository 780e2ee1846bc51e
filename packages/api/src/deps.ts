import type { Database } from '@huiqi/db';
import type { OidcSettings } from './accounts/oidc-settings';

/** What the routes need from the composition root. */
export interface ApiDeps {
  db: Database;
  /** Demo mode: demo users (known passwords) may log in. */
  demoMode: boolean;
  /** Mark the session cookie Secure (behind HTTPS in production). */
  secureCookies: boolean;
  /** The city's unified identity service (OpenID Connect); absent: sign-in with it is off. */
  oidc?: OidcSettings;
}
