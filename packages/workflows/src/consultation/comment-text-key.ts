/**
 * The key under which identical submissions are grouped (mass-submitted texts): the text in
 * NFKC form, lower case, without whitespace and punctuation. Two comments with the same key on
 * the same article are one opinion with several supporters.
 */
export function commentTextKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}
