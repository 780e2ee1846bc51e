import { checkUscc } from '@huiqi/kernel';
import { defineCommand } from '../command';

export default defineCommand({
  summary: '校验统一社会信用代码 Check a unified social credit code: prints {"valid","reason"}; exit 0 valid, 1 invalid',
  async run(args, io) {
    const code = args[0];
    if (!code) {
      io.stderr.write('用法 usage: huiqi uscc CODE\n');
      return 2;
    }
    const r = checkUscc(code);
    const out = {
      valid: r.valid,
      reason: r.valid ? null : `${r.reason!.zh} / ${r.reason!.en}`,
      code: r.code ?? null,
      ...(r.expectedCheckCharacter ? { expectedCheckCharacter: r.expectedCheckCharacter } : {}),
      warnings: r.warnings.map((w) => `${w.zh} / ${w.en}`),
    };
    io.stdout.write(`${JSON.stringify(out)}\n`);
    return r.valid ? 0 : 1;
  },
});
