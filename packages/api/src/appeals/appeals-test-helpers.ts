import { shippedCalendar } from '@huiqi/calendar';
import { addDays, type PlainDate } from '@huiqi/kernel';

const calendar = shippedCalendar('cn-gd-sz');

/** The first working day after `due` (an extension date the domain accepts when within the cap). */
export function workingDayAfter(due: string, skip = 1): PlainDate {
  let d = due as PlainDate;
  let found = 0;
  for (let i = 0; i < 60; i++) {
    d = addDays(d, 1);
    const w = calendar.isWorkingDay(d);
    if (w.ok && w.value && ++found >= skip) return d;
  }
  throw new Error(`no working day after ${due}`);
}

/** The first day after `due` that is not a working day (a weekend or a holiday). */
export function restDayAfter(due: string): PlainDate {
  let d = due as PlainDate;
  for (let i = 0; i < 60; i++) {
    d = addDays(d, 1);
    const w = calendar.isWorkingDay(d);
    if (w.ok && !w.value) return d;
  }
  throw new Error(`no rest day after ${due}`);
}

/** A multipart/form-data body with one file in field `file`. */
export function multipartFile(name: string, bytes: Uint8Array, contentType = 'application/octet-stream') {
  const boundary = `----huiqi${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${contentType}\r\n\r\n`, 'utf8');
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  return { payload: Buffer.concat([head, Buffer.from(bytes), tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export const PDF_BYTES = new Uint8Array(Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1'));
