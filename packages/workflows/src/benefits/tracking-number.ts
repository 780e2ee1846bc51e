/**
 * Tracking number of a benefit case: `BF` + year + 6-digit serial + a check letter (ISO 7064
 * MOD 11-2 style over the digits, X for 10) so a mistyped number is caught before lookup.
 */
export function benefitTrackingNumber(year: number, serial: number): string {
  const body = `${year}${String(serial).padStart(6, '0')}`;
  return `BF${body}${checkChar(body)}`;
}

function checkChar(digits: string): string {
  let s = 0;
  for (const ch of digits) s = (s + Number(ch)) * 2 % 11;
  const c = (12 - s) % 11;
  return c === 10 ? 'X' : String(c);
}

export function isBenefitTrackingNumber(text: string): boolean {
  const m = /^BF(\d{10})([0-9X])$/.exec(text);
  return m !== null && checkChar(m[1]!) === m[2];
}
