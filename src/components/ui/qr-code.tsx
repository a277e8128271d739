import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './qr-code.css';

interface Props {
  url: string;
  /** Side of the code in CSS pixels (default 176). */
  size?: number;
  /** A line above the code (e.g. "Scan to open this view"); the URL is always written below it. */
  label?: string;
}

/**
 * A QR code of a URL, drawn on a canvas, with the URL as text below it (to read or copy). The qrcode
 * library is loaded on first use, so no page carries it until a code is shown.
 */
export function QrCode({ url, size = 176, label }: Props) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(
    function draw() {
      let live = true;
      setError(null);
      import('qrcode')
        .then(async (QR) => {
          if (!live || !canvas.current) return;
          await QR.toCanvas(canvas.current, url, {
            width: size,
            margin: 2,
            errorCorrectionLevel: 'M',
            color: { dark: '#000000', light: '#ffffff' },
          });
          // The library sets the canvas's CSS size; keep it at `size` whatever the device pixel ratio.
          canvas.current.style.width = `${size}px`;
          canvas.current.style.height = `${size}px`;
        })
        .catch((e: unknown) => {
          if (live) setError(e instanceof Error ? e.message : String(e));
        });
      return () => {
        live = false;
      };
    },
    [url, size],
  );
  return (
    <figure className="qr-code" data-testid="qr-code">
      {label ? <figcaption>{label}</figcaption> : null}
      <canvas
        ref={canvas}
        width={size}
        height={size}
        role="img"
        aria-label={t('handover.qr.alt')}
        data-testid="qr-canvas"
      />
      {error ? (
        <p role="alert" className="error">
          {t('handover.qr.failed', { msg: error })}
        </p>
      ) : null}
      <p className="qr-url" data-testid="qr-url">
        <span className="sr-only">{t('handover.qr.url')}: </span>
        {url}
      </p>
    </figure>
  );
}
