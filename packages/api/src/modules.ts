import type { ApiModule } from './api-module';

/** Every feature module of the API, one line each (core routes are registered in build-api.ts). */
export const API_MODULES: readonly ApiModule[] = [];
