// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CodeCompare } from './code-compare';

// Monaco cannot run in jsdom. Its module arrives only when the test lets it (like a slow network).
let arrive = () => {};
const arrived = new Promise<void>((resolve) => (arrive = resolve));
vi.mock('./monaco-code-diff', async () => {
  await arrived;
  return {
    default: ({ code, reference }: { code: string; reference: string }) => (
      <div data-testid="monaco-diff">
        {code} ⇄ {reference}
      </div>
    ),
  };
});

const CODE = 'function f(a) {\n  return a + 1;\n}\n';
const REFERENCE = { code: 'function f(a) {\n  return 1 + a;\n}\n', language: 'js' as const };

describe('CodeCompare', () => {
  it('shows the summary and the plain text at once, then Monaco’s diff with the text folded under it', async () => {
    render(<CodeCompare code={CODE} language="ts" reference={REFERENCE} scope="r1" />);
    expect(
      screen.getByText('1 of your lines differ from the reference solution (marked).'),
    ).toBeInTheDocument();
    const figure = screen.getByRole('figure', { name: /^Your final code \(ts, left or above\)/ });
    expect(within(figure).getByLabelText('Your final code (ts)')).toHaveTextContent(
      'return a + 1;',
    );
    expect(
      within(within(figure).getByLabelText('Reference solution'))
        .getAllByText('(differs)')
        .map((marker) => marker.parentElement?.textContent),
    ).toEqual(['(differs)   return 1 + a;\n']);
    expect(screen.queryByTestId('monaco-diff')).not.toBeInTheDocument();

    arrive();
    expect(await within(figure).findByTestId('monaco-diff')).toHaveTextContent(
      'return a + 1; } ⇄ function f(a) {',
    );
    const plain = screen.getByText('Both as plain text, differing lines marked').closest('details');
    expect(plain).not.toHaveAttribute('open');
    // Still one copy of each side: the text moved into the folded details.
    expect(screen.getAllByLabelText('Your final code (ts)')).toHaveLength(1);
    expect(within(plain as HTMLElement).getByLabelText('Your final code (ts)')).toBeInTheDocument();
  });

  it('says when every line of the code is in the reference', () => {
    render(
      <CodeCompare
        code={'  function f(a) {\n\n}'}
        language="js"
        reference={{ code: 'function f(a) {\n}\n', language: 'js' }}
        scope="r2"
      />,
    );
    expect(
      screen.getByText('Every line of your code also appears in the reference solution.'),
    ).toBeInTheDocument();
  });

  it('shows the code alone, without a diff, when the problem left the bank', () => {
    render(<CodeCompare code={CODE} language="py" reference={undefined} scope="r3" />);
    expect(screen.getByText(/no longer in the bank/)).toBeInTheDocument();
    expect(screen.getByLabelText('Your final code (py)')).toHaveTextContent('return a + 1;');
    expect(screen.queryByText('(differs)')).not.toBeInTheDocument();
    expect(screen.queryByRole('figure', { name: /against the reference/ })).not.toBeInTheDocument();
  });
});
