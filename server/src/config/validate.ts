import { z } from 'zod';

/** One thing wrong in the settings: where (a path of keys) and what was expected there. */
export interface ConfigProblem {
  path: (string | number)[];
  message: string;
}

export interface Validated<T> {
  /** The settings with every bad part dropped, so the rest still applies. */
  value: T;
  problems: ConfigProblem[];
}

/** Each round drops what was wrong and validates again; nested mistakes take a few rounds. */
const MAX_ROUNDS = 16;
const DROPPED = Symbol('dropped');

/**
 * Validates settings against a zod schema. A bad value or an unknown key is never silently
 * ignored: it becomes a problem naming the key and the expected form, and is dropped so the
 * default applies to it while every other key still takes effect.
 */
export function validate<T>(schema: z.ZodType<T>, input: unknown): Validated<T> {
  const problems: ConfigProblem[] = [];
  let data: unknown = structuredClone(input);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data, problems };
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        const allowed = keysAt(schema, path);
        for (const key of issue.keys) {
          problems.push({ path: [...path, key], message: `unknown key ${JSON.stringify(showPath([...path, key]))}; ${allowed.length ? `expected one of: ${allowed.join(', ')}` : 'no keys are allowed here'}` });
          data = drop(data, [...path, key]);
        }
      } else {
        problems.push({ path, message: `${path.length ? JSON.stringify(showPath(path)) : 'the settings'} must be ${issue.message}; got ${show(issue.input)}` });
        data = drop(data, path);
      }
    }
    data = sweep(data);
  }
  // Unreachable with these schemas (each round removes at least one part); keep the defaults.
  return { value: schema.parse({}), problems };
}

/** `overrides[0].rules.relative-date`: how a path reads in a message. */
export function showPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function show(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The keys an object schema allows at a path, to list them after an unknown key. */
function keysAt(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let node: z.ZodType | undefined = schema;
  for (const step of [...path, null]) {
    while (node instanceof z.ZodOptional) node = node.unwrap() as z.ZodType;
    if (step === null) break;
    if (node instanceof z.ZodObject && typeof step === 'string') node = node.shape[step] as z.ZodType | undefined;
    else if (node instanceof z.ZodArray && typeof step === 'number') node = node.element as z.ZodType;
    else return [];
  }
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

/** Marks the value at a path for removal (array items are removed by `sweep`, keeping indices stable). */
function drop(data: unknown, path: readonly (string | number)[]): unknown {
  if (path.length === 0) return {};
  let parent: unknown = data;
  for (const step of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return data;
    parent = (parent as Record<string | number, unknown>)[step];
  }
  const last = path[path.length - 1]!;
  // A required key that is missing ("files" of an override): drop what needed it.
  if (parent === null || typeof parent !== 'object' || !(last in parent)) return drop(data, path.slice(0, -1));
  if (Array.isArray(parent) && typeof last === 'number') parent[last] = DROPPED;
  else delete (parent as Record<string, unknown>)[last];
  return data;
}

function sweep(data: unknown): unknown {
  if (Array.isArray(data)) return data.filter((v) => v !== DROPPED).map(sweep);
  if (data !== null && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) (data as Record<string, unknown>)[k] = sweep(v);
  }
  return data;
}
