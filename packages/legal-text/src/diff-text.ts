/** One run of a character-level comparison. */
export interface TextChange {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

const MAX_CELLS = 6_000_000;

function merge(changes: TextChange[]): TextChange[] {
  const out: TextChange[] = [];
  for (const c of changes) {
    if (c.text === '') continue;
    const last = out.at(-1);
    if (last && last.op === c.op) last.text += c.text;
    else out.push({ ...c });
  }
  return out;
}

/** Groups each stretch of changes as one deletion followed by one insertion, absorbing 1-character equal runs. */
function tidy(changes: TextChange[]): TextChange[] {
  const absorbed = changes.flatMap((c, i): TextChange[] => {
    const prev = changes[i - 1];
    const next = changes[i + 1];
    if (c.op === 'equal' && Array.from(c.text).length <= 1 && prev && next && prev.op !== 'equal' && next.op !== 'equal') {
      return [
        { op: 'delete', text: c.text },
        { op: 'insert', text: c.text },
      ];
    }
    return [c];
  });
  const out: TextChange[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) out.push({ op: 'delete', text: del });
    if (ins) out.push({ op: 'insert', text: ins });
    del = '';
    ins = '';
  };
  for (const c of absorbed) {
    if (c.op === 'delete') del += c.text;
    else if (c.op === 'insert') ins += c.text;
    else {
      flush();
      out.push(c);
    }
  }
  flush();
  return merge(out);
}

/**
 * Character-level differences between two texts (longest common subsequence over code points,
 * after stripping the common prefix and suffix). Concatenating the `equal` and `delete` runs gives
 * `a`; the `equal` and `insert` runs give `b`.
 */
export function diffText(a: string, b: string): TextChange[] {
  const x = Array.from(a);
  const y = Array.from(b);
  let pre = 0;
  while (pre < x.length && pre < y.length && x[pre] === y[pre]) pre++;
  let suf = 0;
  while (suf < x.length - pre && suf < y.length - pre && x[x.length - 1 - suf] === y[y.length - 1 - suf]) suf++;
  const xs = x.slice(pre, x.length - suf);
  const ys = y.slice(pre, y.length - suf);
  const head: TextChange = { op: 'equal', text: x.slice(0, pre).join('') };
  const tail: TextChange = { op: 'equal', text: x.slice(x.length - suf).join('') };
  const n = xs.length;
  const m = ys.length;
  let middle: TextChange[];
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) {
    middle = [
      { op: 'delete', text: xs.join('') },
      { op: 'insert', text: ys.join('') },
    ];
  } else {
    // L[i][j] = LCS length of xs[i..] and ys[j..]
    const w = m + 1;
    const L = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        L[i * w + j] = xs[i] === ys[j] ? L[(i + 1) * w + j + 1]! + 1 : Math.max(L[(i + 1) * w + j]!, L[i * w + j + 1]!);
      }
    }
    middle = [];
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (xs[i] === ys[j]) {
        middle.push({ op: 'equal', text: xs[i]! });
        i++;
        j++;
      } else if (L[(i + 1) * w + j]! >= L[i * w + j + 1]!) middle.push({ op: 'delete', text: xs[i++]! });
      else middle.push({ op: 'insert', text: ys[j++]! });
    }
    while (i < n) middle.push({ op: 'delete', text: xs[i++]! });
    while (j < m) middle.push({ op: 'insert', text: ys[j++]! });
  }
  return tidy(merge([head, ...middle, tail]));
}

/** Rebuilds the old (`side = 'old'`) or new text from a change list. */
export function applyChanges(changes: TextChange[], side: 'old' | 'new'): string {
  return changes
    .filter((c) => c.op === 'equal' || c.op === (side === 'old' ? 'delete' : 'insert'))
    .map((c) => c.text)
    .join('');
}
