/** The validated problem bank, built from /problems by scripts/lib/vite-plugin-problems.ts. */
declare module 'virtual:problems' {
  const problems: import('../domain/problem/problem.schema').Problem[];
  export default problems;
}
