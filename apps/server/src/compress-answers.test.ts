import { describe, expect, it } from 'vitest';
import { chooseEncoding } from './compress-answers';

describe('chooseEncoding', () => {
  it('prefers Brotli, then gzip, and honours a refusal (q=0)', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
    expect(chooseEncoding('GZIP')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding('br;q=0.0, gzip;q=0')).toBeNull();
  });
});
