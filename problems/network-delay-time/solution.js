function networkDelayTime(times, n, source) {
  const adj = Array.from({ length: n }, () => []);
  for (const [from, to, delay] of times) adj[from].push([to, delay]);
  const arrival = new Array(n).fill(Infinity);
  arrival[source] = 0;
  const heap = [[0, source]]; // [arrival time, server], smallest time on top
  while (heap.length > 0) {
    const [time, server] = heapPop(heap);
    if (time > arrival[server]) continue; // a stale entry: a faster route was found after it
    for (const [next, delay] of adj[server]) {
      if (time + delay < arrival[next]) {
        arrival[next] = time + delay;
        heapPush(heap, [time + delay, next]);
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

function heapPush(heap, item) {
  let i = heap.length;
  heap.push(item);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent][0] <= item[0]) break;
    heap[i] = heap[parent];
    i = parent;
  }
  heap[i] = item;
}

function heapPop(heap) {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length > 0) {
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= heap.length) break;
      if (child + 1 < heap.length && heap[child + 1][0] < heap[child][0]) child += 1;
      if (heap[child][0] >= last[0]) break;
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = last;
  }
  return top;
}
