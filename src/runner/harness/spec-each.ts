import inspect from 'object-inspect';
import { HarnessError, isArray, stringify } from './intrinsics';

/** One row of a `.each` table: the arguments the body gets, and what its title may name. */
export interface EachRow {
  args: unknown[];
  /** The row's object (tagged-template tables and object rows), read by `$name` in titles. */
  named: Record<string, unknown> | null;
}

const display = (value: unknown): string => {
  try {
    return inspect(value, { depth: 3, quoteStyle: 'single', maxStringLength: 200 });
  } catch {
    return '[value]';
  }
};

/**
 * A `.each` table as Vitest reads it: an array of arrays (each row spread as arguments),
 * an array of other values (each passed as one argument), or a tagged template whose
 * first line names the columns (each row passed as one object).
 */
export function readTable(table: unknown, values: unknown[]): EachRow[] {
  if (!isArray(table)) throw new HarnessError('.each expects an array or a tagged template');
  if (values.length > 0 || isTemplate(table)) return readTemplate(table as string[], values);
  return table.map((row) =>
    isArray(row)
      ? { args: [...row], named: null }
      : { args: [row], named: isRecord(row) ? row : null },
  );
}

function isTemplate(table: unknown[]): boolean {
  return (
    table.length === 1 &&
    typeof table[0] === 'string' &&
    isArray((table as unknown as { raw?: unknown }).raw)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !isArray(value);
}

function readTemplate(strings: string[], values: unknown[]): EachRow[] {
  const header = (strings[0] ?? '')
    .split('|')
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '');
  if (header.length === 0) throw new HarnessError('.each`…`: the first line must name the columns');
  if (values.length % header.length !== 0) {
    throw new HarnessError(
      `.each\`…\`: ${values.length} values do not fill rows of ${header.length} columns (${header.join(', ')})`,
    );
  }
  const rows: EachRow[] = [];
  for (let start = 0; start < values.length; start += header.length) {
    const named: Record<string, unknown> = {};
    header.forEach((column, i) => (named[column] = values[start + i]));
    rows.push({ args: [named], named });
  }
  return rows;
}

function readPath(source: Record<string, unknown>, path: string): unknown {
  let value: unknown = source;
  for (const key of path.split('.')) {
    if (value === null || value === undefined) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function printf(spec: string, value: unknown): string {
  switch (spec) {
    case 's':
      return typeof value === 'string'
        ? value
        : typeof value === 'object'
          ? display(value)
          : String(value);
    case 'd':
      return typeof value === 'bigint' ? `${value}n` : String(Number(value));
    case 'i':
      return typeof value === 'bigint' ? `${value}n` : String(Number.parseInt(String(value), 10));
    case 'f':
      return String(Number.parseFloat(String(value)));
    case 'j':
      try {
        return String(stringify(value));
      } catch {
        return '[Circular]';
      }
    default:
      return display(value);
  }
}

/**
 * A row's test title, as Vitest formats it: printf placeholders (%s %d %i %f %j %o %O %p)
 * take the row's arguments in order, %# is the row's index and %$ its number, %% a percent
 * sign; `$name` and `$name.path` read an object row's fields.
 */
export function formatTitle(title: string, row: EachRow, index: number): string {
  let next = 0;
  let text = title.replace(/%([sdifjoOp#$%])/g, (match, spec: string) => {
    if (spec === '%') return '%';
    if (spec === '#') return String(index);
    if (spec === '$') return String(index + 1);
    if (next >= row.args.length) return match;
    const value = row.args[next];
    next += 1;
    return printf(spec, value);
  });
  const named = row.named;
  if (named) {
    text = text.replace(/\$([A-Za-z_][\w]*(?:\.[\w]+)*)/g, (match, path: string) => {
      const head = path.split('.')[0] as string;
      return head in named ? display(readPath(named, path)) : match;
    });
  }
  return text;
}
