import { createContext } from 'react';

/**
 * Answers the server drew the first page with, by address (`useApi`'s `seed`; app/first-page-data.ts):
 * a page starts from its answer instead of asking again, so the browser's first render is the
 * server's (hydration). Each is taken once; a page shown again later asks anew.
 */
export const SeededAnswersContext = createContext<Map<string, unknown> | null>(null);
