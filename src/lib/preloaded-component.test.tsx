// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { Component, useLayoutEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
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

  it('shows the component when the chunk arrives between the fallback render and its effect', async () => {
    // The window the Calibration chart once stayed blank in: the chunk settles after the commit
    // that showed the fallback but before React runs the effects (a later task, outside act).
    let resolve!: (c: typeof Hello) => void;
    function ArrivesNow() {
      useLayoutEffect(() => resolve(Hello), []);
      return <p>…</p>;
    }
    const Loaded = preloadedComponent(
      new Promise<typeof Hello>((r) => (resolve = r)),
      <ArrivesNow />,
    );
    const actEnv = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const before = actEnv.IS_REACT_ACT_ENVIRONMENT;
    actEnv.IS_REACT_ACT_ENVIRONMENT = false;
    const host = document.createElement('div');
    const root = createRoot(host);
    try {
      root.render(<Loaded name="Di" />);
      await vi.waitFor(() => expect(host.textContent).toBe('Hello Di'));
    } finally {
      root.unmount();
      actEnv.IS_REACT_ACT_ENVIRONMENT = before;
    }
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
