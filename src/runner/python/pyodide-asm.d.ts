// Pyodide ships its Emscripten module factory without types; the worker only hands it to loadPyodide.
declare module 'pyodide/pyodide.asm.mjs' {
  const createPyodideModule: (settings: object) => Promise<unknown>;
  export default createPyodideModule;
}
