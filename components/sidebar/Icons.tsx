// Inline icons (no network, no fonts). Decorative: the text beside each one carries the meaning.
import type { JSX } from 'preact';

interface IconProps {
  name: 'check' | 'todo' | 'optional' | 'warn' | 'info' | 'clock' | 'plus' | 'chevron' | 'focus' | 'spark';
  class?: string;
}

const PATHS: Record<IconProps['name'], JSX.Element> = {
  check: <path d="M4.5 8.2 7 10.7l4.6-5.2" />,
  todo: <circle cx="8" cy="8" r="5.25" />,
  optional: <circle cx="8" cy="8" r="5.25" stroke-dasharray="2 2.2" />,
  warn: (
    <>
      <path d="M8 2.6 14 13H2z" />
      <path d="M8 6.6v2.9M8 11.3v.1" />
    </>
  ),
  info: (
    <>
      <circle cx="8" cy="8" r="5.75" />
      <path d="M8 7.3v3.6M8 5.1v.1" />
    </>
  ),
  clock: (
    <>
      <circle cx="8" cy="8" r="5.75" />
      <path d="M8 4.9V8l2.1 1.4" />
    </>
  ),
  plus: <path d="M8 3.5v9M3.5 8h9" />,
  chevron: <path d="m4.5 6.2 3.5 3.5 3.5-3.5" />,
  focus: (
    <>
      <circle cx="8" cy="8" r="5.75" />
      <circle cx="8" cy="8" r="2" />
    </>
  ),
  spark: <path d="M8 2.5v3M8 10.5v3M2.5 8h3M10.5 8h3M4.2 4.2l1.6 1.6M10.2 10.2l1.6 1.6M4.2 11.8l1.6-1.6M10.2 5.8l1.6-1.6" />,
};

export function Icon({ name, class: cls }: IconProps) {
  return (
    <svg
      class={`composure-icon composure-icon--${name}${cls ? ` ${cls}` : ''}`}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}
