import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { KeySymbol } from '@/lib/legend-keys';

/**
 * A legend symbol: a line, a filled box or a dot, drawn as in the map style (the legend panel and the
 * printed map). `letter` is the dot's letter already translated; else the symbol's own key is.
 */
export function KeySymbolSvg({
  symbol,
  letter,
}: {
  symbol: KeySymbol & { opacity?: number };
  letter?: string;
}) {
  if (symbol.kind === 'line')
    return (
      <svg width="28" height="10" aria-hidden="true" className="sample">
        <line
          x1="1"
          y1="5"
          x2="27"
          y2="5"
          stroke={symbol.color}
          strokeWidth={symbol.width ?? 3}
          strokeDasharray={symbol.dash}
        />
      </svg>
    );
  if (symbol.kind === 'fill')
    return (
      <svg width="28" height="14" aria-hidden="true" className="sample">
        <rect
          x="1"
          y="1"
          width="26"
          height="12"
          fill={symbol.color}
          fillOpacity={symbol.opacity ?? 0.3}
          stroke={symbol.stroke ?? symbol.color}
          strokeDasharray="3 2"
        />
      </svg>
    );
  if (letter !== undefined) return <LetterSvg symbol={symbol} text={letter} />;
  if (symbol.letter) return <LetterDot symbol={symbol} letter={symbol.letter} />;
  return (
    <svg width="16" height="16" aria-hidden="true" className="sample">
      <circle
        cx="8"
        cy="8"
        r="5.5"
        fill={symbol.color}
        fillOpacity={symbol.opacity ?? 1}
        stroke={symbol.stroke ?? '#fff'}
        strokeWidth="2"
      />
    </svg>
  );
}

/** A dot with a letter in it, as the map draws a port of one kind. */
function LetterDot({ symbol, letter }: { symbol: Extract<KeySymbol, { kind: 'dot' }>; letter: ParseKeys }) {
  const { t } = useTranslation();
  return <LetterSvg symbol={symbol} text={t(letter)} />;
}

function LetterSvg({ symbol, text }: { symbol: Extract<KeySymbol, { kind: 'dot' }>; text: string }) {
  return (
    <svg width="18" height="18" aria-hidden="true" className="sample">
      <circle cx="9" cy="9" r="7" fill={symbol.color} stroke={symbol.stroke ?? '#fff'} strokeWidth="2" />
      <text x="9" y="9" dy="0.35em" textAnchor="middle" fontSize="9" fill={symbol.letterColor ?? '#fff'}>
        {text}
      </text>
    </svg>
  );
}
