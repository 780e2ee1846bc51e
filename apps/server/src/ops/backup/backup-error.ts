/** A backup file that cannot be restored, or a target that must not receive it: one bilingual line. */
export class BackupError extends Error {
  readonly zh: string;
  readonly en: string;
  constructor(zh: string, en: string) {
    super(`${zh} / ${en}`);
    this.name = 'BackupError';
    this.zh = zh;
    this.en = en;
  }
}
