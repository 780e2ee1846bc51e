import { isWorkId } from '@huiqi/kernel';

/**
 * Work ids contain slashes (`cn-sh/regulation/sme-promotion`), so in a URL path they are written
 * with `~` instead (`cn-sh~regulation~sme-promotion`): ids are lower-case letters, digits and
 * hyphens, so the `~` is unambiguous. Query parameters accept both spellings.
 */
export function workIdFromKey(key: string): string | null {
  const id = key.trim().split('~').join('/');
  return isWorkId(id) ? id : null;
}

export function workKeyOf(workId: string): string {
  return workId.split('/').join('~');
}
