describe('set', () => {
  it('changes obj in place and returns the same object', () => {
    const obj = { user: { name: 'Ada' } };
    const result = set(obj, 'user.langs[0]', 'js');
    expect(result).toBe(obj);
    expect(obj.user.langs).toEqual(['js']);
  });

  it('refuses __proto__ without touching any prototype', () => {
    const shared = {};
    const target = Object.create(shared);
    expect(set(target, '__proto__.isAdmin', true)).toBe(target);
    expect(Object.getPrototypeOf(target)).toBe(shared);
    expect(shared.isAdmin).toBeUndefined();
    expect(target.isAdmin).toBeUndefined();
    expect({}.isAdmin).toBeUndefined();
  });
});
