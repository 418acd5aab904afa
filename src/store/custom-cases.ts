import { createStore, get, set, type UseStore } from 'idb-keyval';
import { useCallback, useEffect, useState } from 'react';
import {
  CUSTOM_CASES_MAX,
  customCasesSchema,
  type CustomCase,
} from '../domain/problem/custom-case';

let database: UseStore | null = null;
/** A database of its own (idb-keyval makes one object store per database). */
function store(): UseStore {
  database ??= createStore('mockround-custom-cases', 'keyval');
  return database;
}

const keyOf = (slug: string) => `custom-cases:${slug}`;

/** The saved custom cases of a problem; anything stored that fails the schema reads as none. */
export async function readCustomCases(slug: string): Promise<CustomCase[]> {
  try {
    const parsed = customCasesSchema.safeParse(await get(keyOf(slug), store()));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Saves a problem's custom cases (validated here too: at most CUSTOM_CASES_MAX). */
export async function writeCustomCases(slug: string, cases: readonly CustomCase[]): Promise<void> {
  await set(keyOf(slug), customCasesSchema.parse(cases.slice(0, CUSTOM_CASES_MAX)), store());
}

/** A problem's custom cases, loaded from IndexedDB, with add and remove that save at once. */
export function useCustomCases(slug: string) {
  const [state, setState] = useState<{ slug: string; cases: CustomCase[] | null }>({
    slug,
    cases: null,
  });
  useEffect(() => {
    let live = true;
    void readCustomCases(slug).then((cases) => live && setState({ slug, cases }));
    return () => {
      live = false;
    };
  }, [slug]);
  const cases = state.slug === slug ? state.cases : null;
  const save = useCallback(
    (next: CustomCase[]) => {
      setState({ slug, cases: next });
      void writeCustomCases(slug, next);
    },
    [slug],
  );
  const add = useCallback((item: CustomCase) => save([...(cases ?? []), item]), [cases, save]);
  const remove = useCallback(
    (id: string) => save((cases ?? []).filter((c) => c.id !== id)),
    [cases, save],
  );
  return { cases: cases ?? [], loaded: cases !== null, add, remove };
}
