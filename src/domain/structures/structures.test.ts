import { describe, expect, it } from 'vitest';
import { arrayToList, ListNode, listToArray } from './list-node';
import { arrayToTree, treeToArray } from './tree-node';

describe('linked list helpers', () => {
  it('round-trips arrays', () => {
    expect(listToArray(arrayToList([1, 2, 3]))).toEqual([1, 2, 3]);
    expect(arrayToList([])).toBeNull();
    expect(listToArray(null)).toEqual([]);
  });
  it('refuses a cycle instead of hanging', () => {
    const a = new ListNode(1);
    a.next = new ListNode(2, a);
    expect(() => listToArray(a)).toThrow(/cycle/);
  });
});

describe('binary tree helpers (level order)', () => {
  it('round-trips level-order arrays with gaps', () => {
    expect(treeToArray(arrayToTree([1, null, 2, 3]))).toEqual([1, null, 2, 3]);
    expect(treeToArray(arrayToTree([3, 9, 20, null, null, 15, 7]))).toEqual([
      3,
      9,
      20,
      null,
      null,
      15,
      7,
    ]);
    expect(arrayToTree([])).toBeNull();
    expect(treeToArray(null)).toEqual([]);
  });
  it('builds the right shape', () => {
    const root = arrayToTree([1, 2, 3, null, 4]);
    expect(root?.left?.right?.val).toBe(4);
    expect(root?.right?.left).toBeNull();
  });
});
