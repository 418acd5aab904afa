function eventLoopOrder(program) {
  const output = [];
  const microtasks = []; // FIFO; a moving head instead of shift() keeps each dequeue O(1)
  let head = 0;
  const timers = []; // binary min-heap ordered by (due, seq)
  let seq = 0;
  let now = 0;

  const before = (a, b) => a.due < b.due || (a.due === b.due && a.seq < b.seq);
  function pushTimer(timer) {
    let i = timers.length;
    timers.push(timer);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(timer, timers[parent])) break;
      timers[i] = timers[parent]; // move the parent down, fill the hole at the end
      i = parent;
    }
    timers[i] = timer;
  }
  function popTimer() {
    const top = timers[0];
    const last = timers.pop();
    const size = timers.length;
    if (size > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= size) break;
        const right = left + 1;
        const child = right < size && before(timers[right], timers[left]) ? right : left;
        if (!before(timers[child], last)) break;
        timers[i] = timers[child];
        i = child;
      }
      timers[i] = last;
    }
    return top;
  }

  // Executes instructions now: prints logs and schedules callbacks. A callback's body
  // (instruction[1..]) runs only when the callback itself runs.
  function run(instructions, from) {
    for (let k = from; k < instructions.length; k += 1) {
      const instruction = instructions[k];
      const nested = Array.isArray(instruction);
      const [kind, label, delay] = (nested ? instruction[0] : instruction).split(' ');
      const body = nested ? instruction : null;
      if (kind === 'log') output.push(label);
      else if (kind === 'microtask' || kind === 'promise') microtasks.push({ label, body });
      else if (kind === 'timeout') pushTimer({ due: now + Number(delay), seq: seq++, label, body });
    }
  }
  function drainMicrotasks() {
    // Microtasks queued while draining are appended and run in this same drain.
    while (head < microtasks.length) {
      const task = microtasks[head++];
      output.push(task.label);
      if (task.body) run(task.body, 1);
    }
  }

  run(program, 0); // the script itself is the first task
  drainMicrotasks();
  while (timers.length > 0) {
    const timer = popTimer();
    now = timer.due;
    output.push(timer.label);
    if (timer.body) run(timer.body, 1);
    drainMicrotasks(); // before the next timer, even one due at the same time
  }
  return output;
}
