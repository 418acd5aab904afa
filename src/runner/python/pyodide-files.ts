/** The Pyodide files the app hands to a Python sandbox worker, by the name Pyodide asks for. */
export const PYODIDE_FILES = {
  wasm: 'pyodide.asm.wasm',
  stdlib: 'python_stdlib.zip',
  lock: 'pyodide-lock.json',
  /** Optional: a gzip-compressed memory snapshot of a freshly started runtime. */
  snapshot: 'pyodide-snapshot.bin',
} as const;

/** A base URL that is never fetched: Pyodide builds file URLs from it, the worker answers them. */
export const PYODIDE_INDEX_URL = 'https://pyodide.invalid/';

const TYPES: Record<string, string> = {
  [PYODIDE_FILES.wasm]: 'application/wasm',
  [PYODIDE_FILES.stdlib]: 'application/zip',
  [PYODIDE_FILES.lock]: 'application/json',
};

/**
 * The worker's fetch: the files the app handed over, by name; anything else (a package from
 * a CDN, say) is refused, so Python cannot make a request leave the sandbox this way either.
 */
export async function servePyodideFile(
  files: Record<string, Blob | ArrayBuffer>,
  url: string,
): Promise<Response> {
  const name = url.startsWith(PYODIDE_INDEX_URL) ? url.slice(PYODIDE_INDEX_URL.length) : '';
  const file = Object.hasOwn(files, name) ? files[name] : undefined;
  if (!file) throw new TypeError(`fetch is not available in the Python sandbox (${url})`);
  return new Response(file, {
    headers: { 'Content-Type': TYPES[name] ?? 'application/octet-stream' },
  });
}
