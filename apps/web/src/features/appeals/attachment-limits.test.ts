import { describe, expect, it } from 'vitest';
import { ATTACHMENT_ACCEPT, attachmentProblem, MAX_ATTACHMENT_BYTES } from './attachment-limits';

describe('attachmentProblem', () => {
  it('lets through the accepted types up to 10 MiB, whatever the case of the extension', () => {
    expect(attachmentProblem({ name: '验收意见书.pdf', size: 1024 })).toBeNull();
    expect(attachmentProblem({ name: 'SCAN.JPEG', size: MAX_ATTACHMENT_BYTES })).toBeNull();
    expect(attachmentProblem({ name: '明细.xlsx', size: 10 })).toBeNull();
  });

  it('refuses a file that is too large, empty, or of another type', () => {
    expect(attachmentProblem({ name: '录像.pdf', size: MAX_ATTACHMENT_BYTES + 1 })).toBe('TOO_LARGE');
    expect(attachmentProblem({ name: '空.pdf', size: 0 })).toBe('EMPTY');
    expect(attachmentProblem({ name: '说明.doc', size: 10 })).toBe('TYPE_NOT_ACCEPTED');
    expect(attachmentProblem({ name: 'pdf', size: 10 })).toBe('TYPE_NOT_ACCEPTED');
  });

  it('offers the same types to the file chooser', () => {
    expect(ATTACHMENT_ACCEPT).toBe('.pdf,.png,.jpg,.jpeg,.docx,.xlsx');
  });
});
