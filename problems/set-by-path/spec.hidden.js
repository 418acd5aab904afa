// Checks that data cases cannot express: identity, prototypes that are not frozen, and arrays with
// empty slots (JSON would show them as null).
describe('set (hidden)', () => {
  it('returns the same array when obj is an array', () => {
    const list = [];
    expect(set(list, ['0', 'id'], 7)).toBe(list);
    expect(list).toEqual([{ id: 7 }]);
  });

  it('keeps existing containers as the same objects', () => {
    const inner = { b: 1 };
    const obj = { a: inner };
    set(obj, 'a.c', 2);
    expect(obj.a).toBe(inner);
    expect(inner).toEqual({ b: 1, c: 2 });
  });

  it('refuses constructor.prototype on a class instance', () => {
    class User {}
    const user = new User();
    expect(set(user, 'constructor.prototype.isAdmin', true)).toBe(user);
    expect(User.prototype.isAdmin).toBeUndefined();
    expect(new User().isAdmin).toBeUndefined();
    expect(Object.keys(user)).toEqual([]);
  });

  it('refuses __proto__ given as an array key, deep in the path', () => {
    const shared = { role: 'user' };
    const account = Object.create(shared);
    const obj = { account };
    set(obj, ['account', '__proto__', 'role'], 'admin');
    expect(shared.role).toBe('user');
    expect(Object.getPrototypeOf(account)).toBe(shared);
    expect(Object.keys(obj)).toEqual(['account']);
  });

  it('refuses a prototype key reached through a function', () => {
    function Plugin() {}
    const obj = { Plugin };
    set(obj, 'Plugin.prototype.hacked', true);
    expect(Plugin.prototype.hacked).toBeUndefined();
    expect(obj.Plugin).toBe(Plugin);
  });

  it('leaves empty slots before an index past the end', () => {
    const obj = set({}, 'a[2]', 'x');
    expect(Array.isArray(obj.a)).toBe(true);
    expect(obj.a.length).toBe(3);
    expect(0 in obj.a).toBe(false);
    expect(1 in obj.a).toBe(false);
    expect(obj.a[2]).toBe('x');
  });

  it('creates an array for a multi-digit index', () => {
    const obj = set({}, 'list.12.name', 'n');
    expect(Array.isArray(obj.list)).toBe(true);
    expect(obj.list.length).toBe(13);
    expect(obj.list[12]).toEqual({ name: 'n' });
    const fromNumber = set({}, ['rows', 10], 'r');
    expect(Array.isArray(fromNumber.rows)).toBe(true);
    expect(fromNumber.rows[10]).toBe('r');
  });

  it('does not create arrays for keys that only look like numbers', () => {
    for (const key of ['01', '-3', '1e3', ' 1', '2.0']) {
      const obj = set({}, ['a', key], 1);
      expect(Array.isArray(obj.a)).toBe(false);
      expect(obj.a[key]).toBe(1);
    }
  });
});
