/** Shown while Monaco's chunk downloads and while the saved draft is restored. */
export function EditorLoading() {
  return (
    <div className="editor-loading" aria-busy="true">
      Loading editor…
    </div>
  );
}
