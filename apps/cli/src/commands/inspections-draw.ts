import type { BilingualText } from '@huiqi/kernel';
import { drawSample, parseCandidateLines, type InspectionError, type RatioSpec } from '@huiqi/workflows';
import { defineCommand, parseOptions, readAll } from '../command';

const both = (t: BilingualText) => `${t.zh} / ${t.en}`;
const USAGE =
  '用法 usage: huiqi inspections draw --seed SEED (--ratio R | --ratios \'{"A":0.3,"B":0.1}\') [--json] < candidates.jsonl\n' +
  '  每行一个候选对象 one candidate per line: {"uscc":"…","stratum":"…"}\n';

/**
 * `huiqi inspections draw`: recomputes a 双随机 draw from its published seed. Prints the selected
 * USCCs one per line in rank order (strata in name order); `--json` prints strata, ranks and
 * digests. Exit 1 for bad input (the line number or stratum named), 2 for bad arguments.
 */
export default defineCommand({
  summary: '双随机抽查 Recompute a verifiable inspection draw: JSON Lines candidates {"uscc","stratum"} on stdin, --seed and --ratio R or --ratios JSON; prints the selected USCCs in rank order',
  async run(args, io) {
    const { positional, options } = parseOptions(args);
    const unknown = Object.keys(options).filter((k) => !['seed', 'ratio', 'ratios', 'json'].includes(k));
    if (positional.length > 0 || unknown.length > 0 || typeof options.seed !== 'string' || (options.ratio === undefined) === (options.ratios === undefined)) {
      io.stderr.write(USAGE);
      return 2;
    }
    let spec: RatioSpec;
    if (options.ratios !== undefined) {
      let ratios: unknown;
      try {
        ratios = typeof options.ratios === 'string' ? JSON.parse(options.ratios) : undefined;
      } catch {
        ratios = undefined;
      }
      if (typeof ratios !== 'object' || ratios === null || Array.isArray(ratios)) {
        io.stderr.write(`错误 error: --ratios 应为 JSON 对象，如 {"A":0.3} / --ratios must be a JSON object such as {"A":0.3}\n${USAGE}`);
        return 2;
      }
      spec = { ratios: ratios as Record<string, unknown> };
    } else spec = { ratio: options.ratio === true ? undefined : options.ratio };

    const parsed = parseCandidateLines(await readAll(io.stdin), { stratumRequired: 'ratios' in spec });
    if (!parsed.ok) return fail(parsed.error);
    const drawn = drawSample(options.seed, parsed.value, spec);
    if (!drawn.ok) return fail(drawn.error);
    if (options.json === true) io.stdout.write(`${JSON.stringify(drawn.value, null, 2)}\n`);
    else io.stdout.write(drawn.value.selected.map((t) => `${t.uscc}\n`).join(''));
    return 0;

    function fail(errors: InspectionError[]): number {
      for (const e of errors) io.stderr.write(`错误 error [${e.code}] ${both(e.message)}\n`);
      return 1;
    }
  },
});
