// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { moveKeepingFocus } from './move-keeping-focus';

afterEach(() => {
  document.body.replaceChildren();
});

function setUp() {
  const from = document.createElement('div');
  const to = document.createElement('div');
  const node = document.createElement('div');
  const field = document.createElement('textarea');
  field.value = 'function twoSum() {}';
  node.append(field);
  from.append(node);
  document.body.append(from, to);
  return { to, node, field };
}

describe('moveKeepingFocus (where the DOM has no moveBefore)', () => {
  it('moves the node and gives focus and the selection back to the field that had them', () => {
    const { to, node, field } = setUp();
    field.focus();
    field.setSelectionRange(3, 8, 'backward');
    moveKeepingFocus(to, node);
    expect(node.parentNode).toBe(to);
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd, field.selectionDirection]).toEqual([
      3,
      8,
      'backward',
    ]);
  });

  it('leaves focus where it was when it was outside the node', () => {
    const { to, node } = setUp();
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    moveKeepingFocus(to, node);
    expect(document.activeElement).toBe(outside);
  });

  it('appends a node that was not in the document yet', () => {
    const to = document.createElement('div');
    document.body.append(to);
    const node = document.createElement('div');
    moveKeepingFocus(to, node);
    expect(to.lastChild).toBe(node);
  });
});
