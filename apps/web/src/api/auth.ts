import { callApi } from './call-api';
import { ApiError } from './api-error';
import type { Me } from './types';

export async function login(username: string, password: string): Promise<Me> {
  const { user } = await callApi('post', '/api/auth/login', { body: { username, password }, quietUnauthorized: true });
  return user;
}

export async function logout(): Promise<void> {
  await callApi('post', '/api/auth/logout', { quietUnauthorized: true });
}

/** The signed-in user, or null when there is no valid session. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await callApi('get', '/api/me', { quietUnauthorized: true });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}
