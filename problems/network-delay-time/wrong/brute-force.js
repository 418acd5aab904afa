// Dijkstra without a heap: each step scans every server for the closest unfinished one, O(n^2),
// too slow for 30,000 servers.
function networkDelayTime(times, n, source) {
  const adj = Array.from({ length: n }, () => []);
  for (const [from, to, delay] of times) adj[from].push([to, delay]);
  const arrival = new Array(n).fill(Infinity);
  const done = new Array(n).fill(false);
  arrival[source] = 0;
  for (let step = 0; step < n; step += 1) {
    let best = -1;
    for (let s = 0; s < n; s += 1) {
      if (!done[s] && (best === -1 || arrival[s] < arrival[best])) best = s;
    }
    if (arrival[best] === Infinity) return -1;
    done[best] = true;
    for (const [next, delay] of adj[best]) {
      arrival[next] = Math.min(arrival[next], arrival[best] + delay);
    }
  }
  return Math.max(...arrival);
}
