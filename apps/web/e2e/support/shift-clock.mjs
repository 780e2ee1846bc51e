// Test support, loaded with `node --import` into a browser test's server process only: the
// process's clock runs HUIQI_E2E_CLOCK_SHIFT_DAYS days ahead, so a test can act after a deadline
// without waiting for it. Never part of the server itself.
const shift = Number(process.env.HUIQI_E2E_CLOCK_SHIFT_DAYS ?? '0') * 86_400_000;
if (shift !== 0) {
  const RealDate = Date;
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + shift);
      else super(...args);
    }
    static now() {
      return RealDate.now() + shift;
    }
  }
  globalThis.Date = ShiftedDate;
}
