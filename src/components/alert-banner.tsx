import type { ReactNode } from 'react';

interface AlertBannerProps {
  children: ReactNode;
  onDismiss: () => void;
}

/** A full-width warning the user can dismiss (role=alert so it is announced once when shown). */
export function AlertBanner({ children, onDismiss }: AlertBannerProps) {
  return (
    <div className="alert-banner" role="alert">
      <p>{children}</p>
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
