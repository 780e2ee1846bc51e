import { invalidText } from './input-text-hook';
import { textProblem } from './text-check';

/**
 * The name a browser sends with an uploaded file is text from outside like any other field, but it
 * sits in a multipart header that the JSON text check never sees: refuse the same characters here
 * (a direction override makes `合同‮fdp.exe` show as `合同exe.pdf`).
 */
export function checkUploadFileName(name: string): string {
  const bad = textProblem(name);
  if (bad) throw invalidText('body', { field: 'filename', ...bad });
  return name.normalize('NFC');
}
