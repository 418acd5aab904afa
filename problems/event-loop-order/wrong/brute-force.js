// Correct order, but re-sorts the whole timer list after every setTimeout: O(m) or worse per
// insertion, far too slow for the 30,000-timer test.
function eventLoopOrder(program) {
  const output = [];
  const microtasks = [];
  const timers = [];
  let seq = 0;
  let now = 0;
  function run(instructions) {
    for (const instruction of instructions) {
      const [header, ...body] = Array.isArray(instruction) ? instruction : [instruction];
      const [kind, label, delay] = header.split(' ');
      if (kind === 'log') output.push(label);
      else if (kind === 'timeout') {
        timers.push({ due: now + Number(delay), seq: seq++, label, body });
        timers.sort((a, b) => a.due - b.due || a.seq - b.seq);
      } else microtasks.push({ label, body });
    }
  }
  function drain() {
    while (microtasks.length > 0) {
      const task = microtasks.shift();
      output.push(task.label);
      run(task.body);
    }
  }
  run(program);
  drain();
  while (timers.length > 0) {
    const timer = timers.shift();
    now = timer.due;
    output.push(timer.label);
    run(timer.body);
    drain();
  }
  return output;
}
