/**
 * Test fixture: the raw files of a small valid problem folder, for tests that
 * need a problem pack on disk or a parsed Problem. Not imported by the app.
 */
export interface FixtureOptions {
  slug: string;
  title: string;
  difficulty?: string;
  tags?: string[];
}

export function problemFixtureFiles({
  slug,
  title,
  difficulty = 'easy',
  tags = ['arrays-hashing'],
}: FixtureOptions): Record<string, string> {
  const problemMd = `---
slug: ${slug}
title: ${title}
difficulty: ${difficulty}
tags: [${tags.join(', ')}]
timeLimitMinutes: 15
entry:
  name: addTwo
  params:
    - { name: a, type: number }
    - { name: b, type: number }
  returns: { type: number }
complexity:
  time: O(1)
  timeReason: one addition, whatever the values
  space: O(1)
  spaceReason: no extra memory is allocated
hints:
  - Numbers can be added.
  - Use the plus operator.
interviewer:
  clarifications: [{ q: Can the numbers be negative?, a: Yes. }]
  followUps: [What about big integers?]
  rubric: [Returns the sum without side effects.]
explanation: Return a + b; JavaScript numbers add exactly for small integers.
---
Given two integers a and b, return their sum.
`;
  return {
    'problem.md': problemMd,
    'starter.js': 'function addTwo(a, b) {\n  return 0;\n}\n',
    'starter.ts': 'function addTwo(a: number, b: number): number {\n  return 0;\n}\n',
    'solution.js': 'function addTwo(a, b) {\n  return a + b;\n}\n',
    'wrong/subtracts.js': 'function addTwo(a, b) {\n  return a - b;\n}\n',
    'generator.js': 'function generate(n, random) {\n  return [n, Math.floor(random() * n)];\n}\n',
    'tests.json': JSON.stringify({
      compare: 'exact',
      cases: [{ name: 'small', args: [1, 2], expected: 3 }],
    }),
  };
}
