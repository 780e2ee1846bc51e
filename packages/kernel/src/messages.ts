/** A user-facing message in both languages the platform ships: Chinese first, English second. */
export interface BilingualText {
  zh: string;
  en: string;
}

export const bi = (zh: string, en: string): BilingualText => ({ zh, en });
