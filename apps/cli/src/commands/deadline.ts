import { computeDeadline, shippedCalendar, type DeadlineInput, type Pause } from '@huiqi/calendar';
import { parsePlainDate } from '@huiqi/kernel';
import { defineCommand, parseOptions } from '../command';

const USAGE = [
  '用法 usage: huiqi deadline --from YYYY-MM-DD (--working-days N | --days N | --months N | --years N)',
  '                          [--pauses YYYY-MM-DD..YYYY-MM-DD[,…]] [--jurisdiction cn]',
  '  按民法典第二百零一至二百零三条计算期限届满日：开始当日不计入；最后一日为节假日或休息日的顺延至其后第一个工作日；',
  '  工作日期间只计工作日；中止期间（--pauses，从起日次日至止日）不计入。',
  '  Computes a due date under Civil Code Art. 201–203: the start day is not counted; a last day that is a holiday',
  '  or rest day moves to the next working day; working-day periods count working days only; paused days',
  '  (--pauses, the day after FROM through UNTIL) do not count.',
  '  输出 prints {"due":"YYYY-MM-DD"} (exit 0) or {"error":{code,message,…}} (exit 1); bad arguments exit 2.',
].join('\n');

const UNITS = { 'working-days': 'workingDays', days: 'days', months: 'months', years: 'years' } as const;

export default defineCommand({
  summary: '计算法定期限届满日 Compute a statutory deadline with the working-day calendar: prints {"due"}',
  async run(args, io) {
    const usage = (zh: string, en: string) => {
      io.stderr.write(`参数错误 bad arguments: ${zh} / ${en}\n${USAGE}\n`);
      return 2;
    };
    const { positional, options } = parseOptions(args);
    if (options['help']) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const known = new Set(['from', 'jurisdiction', 'pauses', ...Object.keys(UNITS)]);
    const unknown = [...Object.keys(options).filter((k) => !known.has(k)).map((k) => `--${k}`), ...positional];
    if (unknown.length > 0) return usage(`无法识别的参数 ${unknown.join(' ')}`, `unrecognised argument(s) ${unknown.join(' ')}`);

    const from = typeof options['from'] === 'string' ? parsePlainDate(options['from']) : null;
    if (from === null) return usage('--from 须为有效日期 YYYY-MM-DD', '--from must be a valid date YYYY-MM-DD');

    const given = (Object.keys(UNITS) as (keyof typeof UNITS)[]).filter((k) => options[k] !== undefined);
    if (given.length !== 1) return usage('须且只能给出 --working-days、--days、--months、--years 之一', 'give exactly one of --working-days, --days, --months, --years');
    const flag = given[0]!;
    const text = options[flag];
    if (typeof text !== 'string' || !/^[1-9]\d{0,4}$/.test(text)) return usage(`--${flag} 须为正整数`, `--${flag} must be a positive integer`);

    const jurisdiction = options['jurisdiction'] ?? 'cn';
    if (typeof jurisdiction !== 'string' || !/^[a-z]{2}(-[a-z0-9]+)*$/.test(jurisdiction)) {
      return usage('--jurisdiction 须为辖区代码，如 cn、cn-gd-sz', '--jurisdiction must be a jurisdiction slug such as cn or cn-gd-sz');
    }

    const pauses: Pause[] = [];
    if (options['pauses'] !== undefined) {
      const spec = options['pauses'];
      for (const part of typeof spec === 'string' ? spec.split(',') : ['']) {
        const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(part.trim());
        if (!m) return usage(`--pauses 格式应为 起..止[,起..止]，实际为 ${JSON.stringify(part)}`, `--pauses must be FROM..UNTIL[,FROM..UNTIL], got ${JSON.stringify(part)}`);
        pauses.push({ from: m[1]!, until: m[2]! });
      }
    }

    const input: DeadlineInput = { from, [UNITS[flag]]: Number(text), ...(pauses.length > 0 ? { pauses } : {}) };
    const r = computeDeadline(shippedCalendar(jurisdiction), input);
    if (!r.ok) {
      const e = r.error;
      const body = e.code === 'CALENDAR_YEAR_MISSING' ? { code: e.code, message: e.message, year: e.year } : { code: e.code, message: e.message, field: e.field };
      io.stdout.write(`${JSON.stringify({ error: body })}\n`);
      io.stderr.write(`${e.message.zh}\n${e.message.en}\n`);
      return 1;
    }
    io.stdout.write(`${JSON.stringify({ due: r.value.due })}\n`);
    return 0;
  },
});
