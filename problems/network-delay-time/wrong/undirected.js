// Adds every link in both directions, so a message can travel a one-way link backwards.
function networkDelayTime(times, n, source) {
  const adj = Array.from({ length: n }, () => []);
  for (const [from, to, delay] of times) {
    adj[from].push([to, delay]);
    adj[to].push([from, delay]);
  }
  const arrival = new Array(n).fill(Infinity);
  arrival[source] = 0;
  const queue = [[0, source]];
  while (queue.length > 0) {
    queue.sort((a, b) => b[0] - a[0]);
    const [time, server] = queue.pop();
    if (time > arrival[server]) continue;
    for (const [next, delay] of adj[server]) {
      if (time + delay < arrival[next]) {
        arrival[next] = time + delay;
        queue.push([time + delay, next]);
      }
    }
  }
  const latest = Math.max(...arrival);
  return latest === Infinity ? -1 : latest;
}
