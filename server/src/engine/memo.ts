/**
 * Remembers a pure function of a string for two analyses of a document: the one that asked and
 * the next. Whatever the draft no longer holds is dropped, so memory stays at two versions'
 * worth. Results are shared between analyses, so callers must not change them.
 */
export class Memo<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();

  constructor(private readonly compute: (key: string) => T) {}

  /** Called once per analysis, before the first `get`. */
  nextAnalysis(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get = (key: string): T => {
    let value = this.current.get(key) ?? this.previous.get(key);
    if (value === undefined) value = this.compute(key);
    this.current.set(key, value);
    return value;
  };
}
