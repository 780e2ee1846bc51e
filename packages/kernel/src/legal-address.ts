import { bi, type BilingualText } from './messages';
import { err, ok, type Result } from './result';
import { parseVersionId } from './version-id';

/**
 * A legal address: `<work-id>[@<version-id>][#<eId>]`, the work id being
 * `<jurisdiction>/<doc-type>/<slug>`, e.g. `cn-gd-sz/regulation/sme-promotion@2025-01-23#art_45__para_1__item_2`.
 * The one parser of the platform: the law library resolves these, the rule base cites them.
 */
export interface LegalAddress {
  workId: string;
  /** null → the version in force on the decision date (or the latest). */
  version: string | null;
  /** null → the whole text. */
  eid: string | null;
}

const WORK = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*){2}$/;
const EID = /^[a-z]+(?:_\d+)*(?:__[a-z]+(?:_\d+)*)*$/;

export const isWorkId = (s: string): boolean => WORK.test(s);
export const isEid = (s: string): boolean => EID.test(s);

export function parseLegalAddress(text: string): Result<LegalAddress, BilingualText> {
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  const beforeHash = hash < 0 ? trimmed : trimmed.slice(0, hash);
  const eid = hash < 0 ? null : trimmed.slice(hash + 1);
  const at = beforeHash.indexOf('@');
  const workId = at < 0 ? beforeHash : beforeHash.slice(0, at);
  const version = at < 0 ? null : beforeHash.slice(at + 1);
  if (!WORK.test(workId)) {
    return err(bi(`文件标识无效：“${workId}”（应为 辖区/类型/名称，如 cn-sh/regulation/sme-promotion）`, `invalid work id "${workId}" (expected jurisdiction/doc-type/slug)`));
  }
  if (version !== null && !parseVersionId(version)) {
    return err(bi(`版本标识无效：“${version}”（应为日期，如 2020-06-18）`, `invalid version "${version}" (expected a date such as 2020-06-18)`));
  }
  if (eid !== null && !EID.test(eid)) {
    return err(bi(`条文标识无效：“${eid}”（如 art_15__para_1__item_3）`, `invalid element id "${eid}" (e.g. art_15__para_1__item_3)`));
  }
  return ok({ workId, version, eid });
}

/** True when `text` is a well-formed legal address (whether it resolves is the law library's question). */
export function isLegalAddress(text: string): boolean {
  return parseLegalAddress(text).ok;
}

export function formatLegalAddress(a: LegalAddress): string {
  return `${a.workId}${a.version !== null ? `@${a.version}` : ''}${a.eid !== null ? `#${a.eid}` : ''}`;
}
