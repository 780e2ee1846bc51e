import { request } from './client';
import { ApiError } from './api-error';
import type { Me } from './types';

export async function login(username: string, password: string): Promise<Me> {
  const { user } = await request<{ user: Me }>('POST', '/api/auth/login', {
    body: { username, password },
    quietUnauthorized: true,
  });
  return user;
}

export async function logout(): Promise<void> {
  await request<unknown>('POST', '/api/auth/logout', { quietUnauthorized: true });
}

/** The signed-in user, or null when there is no valid session. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const body = await request<Me | { user: Me }>('GET', '/api/me', { quietUnauthorized: true });
    return 'user' in body ? body.user : body;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}
