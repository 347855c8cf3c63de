/**
 * The data files are megabytes of JSON: load each at most once per process, and only when a
 * caller first needs it, so importing the package stays free.
 */
export function memo<T>(load: () => T): () => T {
  let loaded = false;
  let value: T;
  return () => {
    if (!loaded) {
      value = load();
      loaded = true;
    }
    return value;
  };
}
