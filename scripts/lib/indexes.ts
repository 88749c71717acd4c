/**
 * Which index a Firestore query needs in production, and whether `firestore.indexes.json` has it. The
 * emulators answer every query without indexes, so a missing composite index shows up only in production
 * ("The query requires an index"); `scripts/lib/indexes.test.ts` records every query the app and the admin
 * scripts make and checks each against the file with `servedBy`.
 *
 * The model (Firestore's documented behaviour, conservatively):
 *  - A query on one field (a filter, an order, or a range with its order) uses the automatic single-field
 *    index — in collection scope only; a collection-group query needs that field's index declared in
 *    `fieldOverrides` for COLLECTION_GROUP.
 *  - Equality filters alone (`==`, `in`, `array-contains`) merge single-field indexes.
 *  - Otherwise composite indexes are needed: each has some of the equality fields (any order) followed by
 *    exactly the query's order (explicit `orderBy`, then range fields not already ordered, ascending).
 *    Several such indexes with the same order merge when their equality fields together cover the query's.
 *  - A field exempted in `fieldOverrides` (`indexes: []`) serves nothing.
 */

export type Scope = 'COLLECTION' | 'COLLECTION_GROUP';
export type Direction = 'ASCENDING' | 'DESCENDING';

export interface QueryShape {
  /** The collection's last path segment (its collection group). */
  group: string;
  scope: Scope;
  filters: { field: string; op: string }[];
  orderBy: { field: string; direction: Direction }[];
  /** Where the query was built (file:line), for the message when it is not served. */
  source: string;
}

export interface IndexField {
  fieldPath: string;
  order?: Direction;
  arrayConfig?: 'CONTAINS';
}

export interface CompositeIndex {
  collectionGroup: string;
  queryScope: Scope;
  fields: IndexField[];
}

export interface FieldOverride {
  collectionGroup: string;
  fieldPath: string;
  indexes: { order?: Direction; arrayConfig?: 'CONTAINS'; queryScope: Scope }[];
}

export interface IndexConfig {
  indexes: CompositeIndex[];
  fieldOverrides?: FieldOverride[];
}

const EQUALITY = new Set(['==', 'in', 'array-contains', 'array-contains-any']);
const CONTAINS = new Set(['array-contains', 'array-contains-any']);
const RANGE = new Set(['<', '<=', '>', '>=', '!=', 'not-in']);

interface Needed {
  equality: IndexField[];
  order: IndexField[];
}

/** What the query asks of an index: its equality fields and its order (document name aside). */
export function needs(q: QueryShape): Needed {
  const equality: IndexField[] = [];
  for (const f of q.filters) {
    if (!EQUALITY.has(f.op) && !RANGE.has(f.op)) throw new Error(`unknown operator ${f.op} (${q.source})`);
    if (!EQUALITY.has(f.op) || equality.some((e) => e.fieldPath === f.field)) continue;
    equality.push(
      CONTAINS.has(f.op)
        ? { fieldPath: f.field, arrayConfig: 'CONTAINS' }
        : { fieldPath: f.field, order: 'ASCENDING' },
    );
  }
  const isEquality = (field: string) => equality.some((e) => e.fieldPath === field);
  const order: IndexField[] = [];
  for (const o of q.orderBy)
    if (o.field !== '__name__' && !isEquality(o.field) && !order.some((x) => x.fieldPath === o.field))
      order.push({ fieldPath: o.field, order: o.direction });
  const ranged = [...new Set(q.filters.filter((f) => RANGE.has(f.op)).map((f) => f.field))].sort();
  for (const field of ranged)
    if (!order.some((x) => x.fieldPath === field)) order.push({ fieldPath: field, order: 'ASCENDING' });
  return { equality, order };
}

const same = (a: IndexField, b: IndexField) =>
  a.fieldPath === b.fieldPath && a.order === b.order && a.arrayConfig === b.arrayConfig;

function exempt(config: IndexConfig, group: string, field: string) {
  return (config.fieldOverrides ?? []).some(
    (o) => o.collectionGroup === group && o.fieldPath === field && o.indexes.length === 0,
  );
}

/** A single-field index on `f` in `scope`: automatic in collection scope unless exempted; declared otherwise. */
function singleField(config: IndexConfig, group: string, scope: Scope, f: IndexField, ordered: boolean) {
  const override = (config.fieldOverrides ?? []).find(
    (o) => o.collectionGroup === group && o.fieldPath === f.fieldPath,
  );
  if (!override) return scope === 'COLLECTION';
  return override.indexes.some(
    (i) =>
      i.queryScope === scope &&
      (f.arrayConfig
        ? i.arrayConfig === f.arrayConfig
        : i.order !== undefined && (!ordered || i.order === f.order)),
  );
}

/** `null` when the query is served; otherwise the index it needs, in firestore.indexes.json's form. */
export function missingIndex(q: QueryShape, config: IndexConfig): CompositeIndex | FieldOverride | null {
  const { equality, order } = needs(q);
  const fields = [...equality, ...order];
  for (const f of fields)
    if (exempt(config, q.group, f.fieldPath))
      throw new Error(`${q.source}: queries ${q.group}.${f.fieldPath}, which is exempted from indexing`);
  if (fields.length === 0) return null;
  if (order.length === 0 || fields.length === 1) {
    const missing = fields.find((f) => !singleField(config, q.group, q.scope, f, order.includes(f)));
    if (!missing) return null;
    return {
      collectionGroup: q.group,
      fieldPath: missing.fieldPath,
      indexes: [
        {
          ...(missing.arrayConfig
            ? { arrayConfig: missing.arrayConfig }
            : { order: missing.order ?? 'ASCENDING' }),
          queryScope: q.scope,
        },
      ],
    };
  }
  // Composite indexes ending in exactly the query's order, each adding only equality fields of the query.
  const usable = config.indexes.filter((i) => {
    if (i.collectionGroup !== q.group || i.queryScope !== q.scope) return false;
    const head = i.fields.slice(0, i.fields.length - order.length);
    const tail = i.fields.slice(i.fields.length - order.length);
    return (
      tail.length === order.length &&
      tail.every((f, k) => same(f, order[k]!)) &&
      head.every((f) => equality.some((e) => same(e, f)))
    );
  });
  const covered = new Set(usable.flatMap((i) => i.fields.map((f) => f.fieldPath)));
  if (equality.every((e) => covered.has(e.fieldPath)) && (equality.length > 0 || usable.length > 0))
    return null;
  return { collectionGroup: q.group, queryScope: q.scope, fields };
}

/** A readable form of a query, for messages: `tickets where assigneeId ==, open == order by dueAt ↑`. */
export function describe(q: QueryShape) {
  const where = q.filters.map((f) => `${f.field} ${f.op}`).join(', ');
  const order = q.orderBy.map((o) => `${o.field} ${o.direction === 'ASCENDING' ? '↑' : '↓'}`).join(', ');
  return `${q.scope === 'COLLECTION_GROUP' ? 'group ' : ''}${q.group}${where ? ` where ${where}` : ''}${order ? ` order by ${order}` : ''}`;
}
