// The large program is built here rather than written into tests.json (it would be close to
// 1 MB of JSON). Its expected order is easy to compute independently: timer i, due at delays[i],
// prints `t<i>` and then its promise prints `p<i>`, ordered by (delay, i).
describe('eventLoopOrder, large program (hidden)', () => {
  it('handles 30,000 timers in O(m log m)', () => {
    const count = 30000;
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const delays = [];
    const program = [];
    for (let i = 0; i < count; i += 1) {
      const delay = Math.floor(random() * 1000);
      delays.push(delay);
      program.push(
        i % 2 === 0 ? [`timeout t${i} ${delay}`, `promise p${i}`] : `timeout t${i} ${delay}`,
      );
    }
    program.push('log start');

    const order = Array.from({ length: count }, (_, i) => i).sort(
      (a, b) => delays[a] - delays[b] || a - b,
    );
    const expected = ['start'];
    for (const i of order) {
      expected.push(`t${i}`);
      if (i % 2 === 0) expected.push(`p${i}`);
    }

    const result = eventLoopOrder(program);
    expect(result.length).toBe(expected.length);
    let firstMismatch = -1;
    for (let k = 0; k < expected.length && firstMismatch === -1; k += 1) {
      if (result[k] !== expected[k]) firstMismatch = k;
    }
    expect(firstMismatch).toBe(-1);
  });
});
