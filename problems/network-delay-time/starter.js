/**
 * @param {number[][]} times one-way links [from, to, delay]
 * @param {number} n number of servers, numbered 0 to n - 1
 * @param {number} source the server that sends at time 0
 * @return {number} the time the last server receives the message, or -1
 */
function networkDelayTime(times, n, source) {
  // your code here
  return 0;
}
