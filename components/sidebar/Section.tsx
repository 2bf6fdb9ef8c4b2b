// A titled block of the sidebar; the heading gives screen-reader users a landmark to jump to.
import type { ComponentChildren } from 'preact';

interface SectionProps {
  title: string;
  aside?: ComponentChildren;
  testid?: string;
  children: ComponentChildren;
}

export function Section({ title, aside, testid, children }: SectionProps) {
  const id = `composure-h-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section class="composure-section" aria-labelledby={id} data-testid={testid}>
      <div class="composure-section-head">
        <h2 id={id}>{title}</h2>
        {aside !== undefined && <span class="composure-section-aside">{aside}</span>}
      </div>
      {children}
    </section>
  );
}
