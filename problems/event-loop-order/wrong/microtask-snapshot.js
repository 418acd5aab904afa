// Drains only the microtasks that were queued when the drain started: a microtask queued by
// a microtask waits until after the next timer, instead of running in the same checkpoint.
function eventLoopOrder(program) {
  const output = [];
  let microtasks = [];
  const timers = [];
  let seq = 0;
  let now = 0;
  function run(instructions) {
    for (const instruction of instructions) {
      const [header, ...body] = Array.isArray(instruction) ? instruction : [instruction];
      const [kind, label, delay] = header.split(' ');
      if (kind === 'log') output.push(label);
      else if (kind === 'timeout')
        timers.push({ due: now + Number(delay), seq: seq++, label, body });
      else microtasks.push({ label, body });
    }
  }
  function drain() {
    const batch = microtasks;
    microtasks = [];
    for (const task of batch) {
      output.push(task.label);
      run(task.body);
    }
  }
  run(program);
  drain();
  while (timers.length > 0 || microtasks.length > 0) {
    if (timers.length > 0) {
      let best = 0;
      for (let i = 1; i < timers.length; i += 1) {
        const t = timers[i];
        if (t.due < timers[best].due || (t.due === timers[best].due && t.seq < timers[best].seq))
          best = i;
      }
      const [timer] = timers.splice(best, 1);
      now = timer.due;
      output.push(timer.label);
      run(timer.body);
    }
    drain();
  }
  return output;
}
