// Runs every timer that is due at the same moment as one batch and only then the microtasks
// (how Node.js before v11 behaved), instead of draining microtasks after each timer.
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
    for (let i = 0; i < microtasks.length; i += 1) {
      output.push(microtasks[i].label);
      run(microtasks[i].body);
    }
    microtasks = [];
  }
  run(program);
  drain();
  while (timers.length > 0) {
    timers.sort((a, b) => a.due - b.due || a.seq - b.seq);
    now = timers[0].due;
    const batch = [];
    while (timers.length > 0 && timers[0].due === now) batch.push(timers.shift());
    for (const timer of batch) {
      output.push(timer.label);
      run(timer.body);
    }
    drain();
  }
  return output;
}
