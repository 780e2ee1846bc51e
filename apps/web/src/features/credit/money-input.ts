import { parseYuanToFen } from '../../format/money';

const FEN_PER_WAN = 10_000;

/** An amount typed in 万元 ("300", "12.5") read exactly into fen; null when it is not an amount above zero. */
export function wanYuanTextToFen(text: string): number | null {
  const r = parseYuanToFen(text);
  if (!r.ok || r.fen <= 0) return null;
  const fen = r.fen * FEN_PER_WAN;
  return Number.isSafeInteger(fen) ? fen : null;
}
