// Orders pending timers by their delay instead of their due time, forgetting that a timer
// scheduled later (inside a callback) counts its delay from that later moment.
function eventLoopOrder(program) {
  const output = [];
  const microtasks = [];
  let head = 0;
  const timers = [];
  let seq = 0;
  function run(instructions) {
    for (const instruction of instructions) {
      const [header, ...body] = Array.isArray(instruction) ? instruction : [instruction];
      const [kind, label, delay] = header.split(' ');
      if (kind === 'log') output.push(label);
      else if (kind === 'timeout') timers.push({ delay: Number(delay), seq: seq++, label, body });
      else microtasks.push({ label, body });
    }
  }
  function drain() {
    while (head < microtasks.length) {
      const task = microtasks[head++];
      output.push(task.label);
      run(task.body);
    }
  }
  run(program);
  drain();
  while (timers.length > 0) {
    let best = 0;
    for (let i = 1; i < timers.length; i += 1) {
      const t = timers[i];
      if (
        t.delay < timers[best].delay ||
        (t.delay === timers[best].delay && t.seq < timers[best].seq)
      )
        best = i;
    }
    const [timer] = timers.splice(best, 1);
    output.push(timer.label);
    run(timer.body);
    drain();
  }
  return output;
}
