// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { preloadedComponent } from './preloaded-component';

function Hello({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  override render() {
    return this.state.error ? <p>Failed: {this.state.error}</p> : this.props.children;
  }
}

describe('preloadedComponent', () => {
  it('shows the fallback until the chunk is in, then the component with its props', async () => {
    let resolve!: (c: typeof Hello) => void;
    const Loaded = preloadedComponent(new Promise<typeof Hello>((r) => (resolve = r)), <p>…</p>);
    render(<Loaded name="Ada" />);
    expect(screen.getByText('…')).toBeInTheDocument();
    resolve(Hello);
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
  });

  it('renders a chunk that has already arrived on the first render, with no fallback', async () => {
    const load = Promise.resolve(Hello);
    const Loaded = preloadedComponent(load, <p>…</p>);
    await load;
    await Promise.resolve();
    render(<Loaded name="Bo" />);
    expect(screen.getByText('Hello Bo')).toBeInTheDocument();
  });

  it('hands a failed chunk to the error boundary', async () => {
    const Loaded = preloadedComponent<{ name: string }>(Promise.reject(new Error('offline')));
    render(
      <Boundary>
        <Loaded name="Cy" />
      </Boundary>,
    );
    expect(await screen.findByText('Failed: offline')).toBeInTheDocument();
  });
});
