import './long-text.css';

/** At most this many characters show in a clamped list item before "…"; the title holds the rest. */
const TITLE_MAX = 2000;

/**
 * Text from data or an import (a name, a note): wrapped, or clamped to `lines` lines in lists, with the
 * full text as its title. Always rendered as text, never as a template or markup.
 */
export function LongText({ text, lines }: { text: string; lines?: number }) {
  if (!lines) return <span className="long-text">{text}</span>;
  return (
    <span
      className="clamp"
      style={{ '--lines': lines } as React.CSSProperties}
      title={text.length > TITLE_MAX ? `${text.slice(0, TITLE_MAX)}…` : text}
    >
      {text}
    </span>
  );
}
