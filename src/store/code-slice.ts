import type { Language } from '../runner/protocol';
import type { SliceCreator } from './app-state';

/** The key of one draft: a problem's code in one language. */
export function draftKey(slug: string, language: Language): string {
  return `${slug}:${language}`;
}

/** The user's code per problem and language, and the language chosen per problem (persisted). */
export interface CodeSlice {
  /** Keyed `${slug}:${language}`; a missing key means "show the starter". */
  drafts: Record<string, string>;
  /** Keyed by slug; a missing key means 'js'. */
  languages: Record<string, Language>;
  setDraft(slug: string, language: Language, code: string): void;
  /** Forgets the draft so the starter code shows again. */
  resetDraft(slug: string, language: Language): void;
  setLanguage(slug: string, language: Language): void;
}

export const createCodeSlice: SliceCreator<CodeSlice> = (set) => ({
  drafts: {},
  languages: {},
  setDraft: (slug, language, code) =>
    set((state) => ({ drafts: { ...state.drafts, [draftKey(slug, language)]: code } })),
  resetDraft: (slug, language) =>
    set((state) => {
      const drafts = { ...state.drafts };
      delete drafts[draftKey(slug, language)];
      return { drafts };
    }),
  setLanguage: (slug, language) =>
    set((state) => ({ languages: { ...state.languages, [slug]: language } })),
});
