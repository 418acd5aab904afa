// Adds up every server's arrival time instead of taking the latest one: the copies travel at the
// same time, so the total wait is the maximum, not the sum.
function networkDelayTime(times, n, source) {
  const adj = Array.from({ length: n }, () => []);
  for (const [from, to, delay] of times) adj[from].push([to, delay]);
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
  let total = 0;
  for (const time of arrival) {
    if (time === Infinity) return -1;
    total += time;
  }
  return total;
}
