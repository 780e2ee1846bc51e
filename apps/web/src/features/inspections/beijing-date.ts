import dayjs, { type Dayjs } from 'dayjs';

/** Legal dates are Beijing days (the server's `today('Asia/Shanghai')`), whatever the browser's time zone. */
export const beijingDay = (at: Date | string = new Date()): Dayjs => dayjs(new Date(at).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }));
