export { accountsModule } from './accounts-module';
export { isLoopbackHttp, type OidcSettings } from './oidc-settings';
export { OIDC_FAILURES, type OidcFailure } from './oidc-failure';
