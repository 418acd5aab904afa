describe('deepClone', () => {
  it('returns primitives as they are', () => {
    expect(deepClone(42)).toBe(42);
    expect(deepClone('text')).toBe('text');
    expect(deepClone(null)).toBe(null);
    expect(deepClone(undefined)).toBe(undefined);
    expect(deepClone(true)).toBe(true);
  });

  it('copies nested objects and arrays without sharing them', () => {
    const original = { name: 'ada', tags: ['math', 'code'], address: { city: 'London' } };
    const copy = deepClone(original);
    expect(copy).toEqual(original);
    expect(copy).not.toBe(original);
    expect(copy.tags).not.toBe(original.tags);
    expect(copy.address).not.toBe(original.address);
    copy.tags.push('engines');
    copy.address.city = 'Paris';
    expect(original.tags).toEqual(['math', 'code']);
    expect(original.address.city).toBe('London');
  });

  it('copies a Date as a new Date with the same time', () => {
    const born = new Date('1815-12-10T00:00:00Z');
    const copy = deepClone({ born });
    expect(copy.born).toBeInstanceOf(Date);
    expect(copy.born).not.toBe(born);
    expect(copy.born.getTime()).toBe(born.getTime());
  });

  it('keeps a cycle inside the copy', () => {
    const node = { id: 1 };
    node.self = node;
    const copy = deepClone(node);
    expect(copy).not.toBe(node);
    expect(copy.self).toBe(copy);
    expect(copy.id).toBe(1);
  });
});
