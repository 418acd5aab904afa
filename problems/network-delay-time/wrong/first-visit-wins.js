// Breadth-first search that fixes each server's time the first time it is reached, so a route
// with more links but less total delay is never used.
function networkDelayTime(times, n, source) {
  const adj = Array.from({ length: n }, () => []);
  for (const [from, to, delay] of times) adj[from].push([to, delay]);
  const arrival = new Array(n).fill(Infinity);
  arrival[source] = 0;
  const queue = [source];
  for (let head = 0; head < queue.length; head += 1) {
    const server = queue[head];
    for (const [next, delay] of adj[server]) {
      if (arrival[next] === Infinity) {
        arrival[next] = arrival[server] + delay;
        queue.push(next);
      }
    }
  }
  let latest = 0;
  for (const time of arrival) {
    if (time === Infinity) return -1;
    latest = Math.max(latest, time);
  }
  return latest;
}
