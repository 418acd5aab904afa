describe('deepClone (hidden)', () => {
  it('copies a Map, cloning its keys and values', () => {
    const key = { k: 1 };
    const value = { v: [1, 2] };
    const map = new Map([
      [key, value],
      ['plain', 3],
    ]);
    const copy = deepClone(map);
    expect(copy).toBeInstanceOf(Map);
    expect(copy).not.toBe(map);
    expect(copy.size).toBe(2);
    expect(copy.get('plain')).toBe(3);
    const [copiedKey, copiedValue] = [...copy.entries()][0];
    expect(copiedKey).toEqual({ k: 1 });
    expect(copiedKey).not.toBe(key);
    expect(copiedValue).toEqual({ v: [1, 2] });
    expect(copiedValue).not.toBe(value);
    expect(copiedValue.v).not.toBe(value.v);
  });

  it('copies a Set, cloning its values', () => {
    const item = { n: 1 };
    const set = new Set([item, 'x', 2]);
    const copy = deepClone(set);
    expect(copy).toBeInstanceOf(Set);
    expect(copy).not.toBe(set);
    expect(copy.size).toBe(3);
    expect(copy.has('x')).toBe(true);
    const [copiedItem] = copy;
    expect(copiedItem).toEqual({ n: 1 });
    expect(copiedItem).not.toBe(item);
  });

  it('keeps shared references shared in the copy', () => {
    const shared = { x: 1 };
    const input = { left: shared, right: shared, list: [shared], seen: new Set([shared]) };
    const copy = deepClone(input);
    expect(copy.left).not.toBe(shared);
    expect(copy.left).toBe(copy.right);
    expect(copy.list[0]).toBe(copy.left);
    expect(copy.seen.has(copy.left)).toBe(true);
  });

  it('handles cycles through arrays, Maps and Sets', () => {
    const list = [1];
    list.push(list);
    const map = new Map();
    map.set('me', map);
    const set = new Set();
    set.add(set);
    const copy = deepClone({ list, map, set });
    expect(copy.list[1]).toBe(copy.list);
    expect(copy.list).not.toBe(list);
    expect(copy.map.get('me')).toBe(copy.map);
    expect(copy.map).not.toBe(map);
    expect(copy.set.has(copy.set)).toBe(true);
    expect(copy.set.has(set)).toBe(false);
  });

  it('handles a longer cycle between several objects', () => {
    const a = { name: 'a' };
    const b = { name: 'b', a };
    const c = { name: 'c', b };
    a.c = c;
    const copy = deepClone(a);
    expect(copy.c.b.a).toBe(copy);
    expect(copy.c).not.toBe(c);
  });

  it('keeps undefined, null and NaN values and the array length', () => {
    const copy = deepClone({ u: undefined, n: null, nan: NaN, list: [undefined, 0, ''] });
    expect(Object.keys(copy)).toEqual(['u', 'n', 'nan', 'list']);
    expect(copy.u).toBeUndefined();
    expect(copy.n).toBeNull();
    expect(copy.nan).toBeNaN();
    expect(copy.list).toEqual([undefined, 0, '']);
    expect(copy.list).toHaveLength(3);
  });

  it('copies Dates nested in arrays and Maps', () => {
    const when = new Date(0);
    const copy = deepClone([when, new Map([['at', when]])]);
    expect(copy[0]).toBeInstanceOf(Date);
    expect(copy[0]).not.toBe(when);
    expect(copy[1].get('at')).toBe(copy[0]);
  });

  it('returns functions as they are', () => {
    const fn = () => 1;
    const copy = deepClone({ fn });
    expect(copy.fn).toBe(fn);
  });

  it('copies a top-level array and an empty object', () => {
    const original = [[1, [2, [3]]], {}];
    const copy = deepClone(original);
    expect(copy).toEqual(original);
    expect(Array.isArray(copy)).toBe(true);
    expect(copy[0][1]).not.toBe(original[0][1]);
    expect(copy[1]).not.toBe(original[1]);
  });

  it('copies 100,000 records quickly', () => {
    const records = [];
    for (let i = 0; i < 100000; i += 1) records.push({ id: i, tags: [i % 7] });
    const copy = deepClone(records);
    expect(copy).toHaveLength(100000);
    expect(copy[99999]).toEqual({ id: 99999, tags: [99999 % 7] });
    expect(copy[99999]).not.toBe(records[99999]);
  });
});
