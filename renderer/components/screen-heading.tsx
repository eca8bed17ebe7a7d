import type { ReactNode } from 'react';

/** The screen's h1; the frame moves focus here after navigation (tabIndex -1). */
export function ScreenHeading({ children }: { readonly children: ReactNode }) {
  return (
    <h1 id="screen-title" className="screen__title" tabIndex={-1}>
      {children}
    </h1>
  );
}
